package org.tinaccess.backup;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/tins/{tin}/members/{userId}/backup-admin}: one member's place as a backup admin.
 * Only the TIN's admin names (with a second factor in the last minutes: it gives a member the admin's
 * powers over people) and withdraws; a backup admin never names or withdraws one (403).
 */
public class BackupAdminResource extends ApiFallback {

    private final RealmModel realm;
    private final String tinInPath;
    private final String userId;

    public BackupAdminResource(KeycloakSession session, String tinInPath, String userId) {
        super(session);
        this.realm = session.getContext().getRealm();
        this.tinInPath = tinInPath;
        this.userId = userId;
    }

    @PUT
    @Operation(summary = "Name an active member a backup admin (the TIN's admin, with a second factor in the last 5 minutes);"
            + " they become one when they agree")
    public Response nominate() {
        Caller caller = Caller.authenticate(session);
        Tin tin = TinAuthority.requireAdmin(session, realm, caller, tinInPath);
        RecentSecondFactor.require(session, realm, caller);
        UserModel person = user();
        MemberEntity member = new BackupAdmins(session, realm, tin).nominate(caller.user(), person);
        BackupAudit.record(session, realm, caller, OperationType.UPDATE, tin, person.getId(), "backup-admin-named", Map.of());
        return Json.ok(BackupAdminsResource.BackupAdminRepresentation.of(person, member));
    }

    @DELETE
    @Operation(summary = "Withdraw a backup admin (named or agreed): they stay a user of the TIN")
    public Response withdraw() {
        Caller caller = Caller.authenticate(session);
        Tin tin = TinAuthority.requireAdmin(session, realm, caller, tinInPath);
        UserModel person = user();
        new BackupAdmins(session, realm, tin).withdraw(caller.user(), person);
        BackupAudit.record(session, realm, caller, OperationType.UPDATE, tin, person.getId(), "backup-admin-withdrawn", Map.of());
        return Response.noContent().build();
    }

    private UserModel user() {
        UserModel user = userId == null || userId.isBlank() ? null : session.users().getUserById(realm, userId);
        if (user == null) {
            throw ApiException.notFound();
        }
        return user;
    }
}
