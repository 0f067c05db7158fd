package org.tinaccess.backup;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.tin.Tin;
import org.tinaccess.token.TinsClaimMapper;

/**
 * {@code /tin-access/tins/backup-admin/{providerId}}: a person's own answer to being named a backup
 * admin. Nobody becomes one without agreeing here, and anyone may step down here; the TIN's admin is
 * told either way. 404 for a provider the caller was not named for, so nothing about others shows.
 */
public class OwnBackupRoleResource extends ApiFallback {

    private final RealmModel realm;

    public OwnBackupRoleResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    /** The caller's place after answering: {@code confirmed}, or null once they said no. */
    public record OwnBackupRole(String providerId, String backupAdmin) {}

    @POST
    @Path("{providerId}/accept")
    @Operation(summary = "Agree to be a backup admin of the provider whose admin named you")
    public Response accept(@PathParam("providerId") String providerId) {
        return answer(providerId, "backup-admin-agreed", BackupAdmins::accept, "confirmed");
    }

    @POST
    @Path("{providerId}/decline")
    @Operation(summary = "Say no to being named a backup admin, or step down as one: you stay a user of the TIN")
    public Response decline(@PathParam("providerId") String providerId) {
        return answer(providerId, "backup-admin-declined", BackupAdmins::decline, null);
    }

    /** How the caller's answer changes their membership. */
    private interface Answer {
        MemberEntity apply(BackupAdmins backupAdmins, UserModel person, MemberEntity membership);
    }

    private Response answer(String providerId, String action, Answer change, String state) {
        Caller caller = Caller.authenticate(session);
        MemberEntity member = BackupAdmins.named(session, realm, caller.user(), providerId);
        Tin tin = Tin.parse(member.getTin()).orElseThrow();
        change.apply(new BackupAdmins(session, realm, tin), caller.user(), member);
        BackupAudit.record(session, realm, caller, OperationType.ACTION, tin, caller.user().getId(), action, Map.of());
        // Read again after the change: the claim kept in this request (if any) predates it.
        TinsClaimMapper.forget(session, caller.user());
        return Json.ok(new OwnBackupRole(providerId, state));
    }
}
