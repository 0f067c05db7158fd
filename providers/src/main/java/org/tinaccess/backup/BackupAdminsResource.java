package org.tinaccess.backup;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/tins/{tin}/backup-admins}: the TIN's backup admins, read by its admin and backup
 * admins. Naming and withdrawing one is {@link BackupAdminResource}'s.
 */
public class BackupAdminsResource extends GetOnlyFallback {

    private final RealmModel realm;
    private final String tinInPath;

    public BackupAdminsResource(KeycloakSession session, String tinInPath) {
        super(session);
        this.realm = session.getContext().getRealm();
        this.tinInPath = tinInPath;
    }

    /** One backup admin: {@code state} is {@code nominated} until they agree, then {@code confirmed}. */
    public record BackupAdminRepresentation(String userId, String firstName, String lastName, String email, String state) {

        static BackupAdminRepresentation of(UserModel user, MemberEntity member) {
            return new BackupAdminRepresentation(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(),
                    member.getBackupAdmin().name().toLowerCase(Locale.ROOT));
        }
    }

    @GET
    @NoCache
    @Operation(summary = "The TIN's backup admins, named or agreed, with the most the realm allows")
    public Response list() {
        Caller caller = Caller.authenticate(session);
        Tin tin = TinAuthority.requireManager(session, realm, caller, tinInPath).tin();
        List<BackupAdminRepresentation> items = new MemberStore(session, realm.getId()).backupAdminsOf(tin.digits()).stream()
                .map(member -> {
                    UserModel user = session.users().getUserById(realm, member.getUserId());
                    return user == null ? null : BackupAdminRepresentation.of(user, member);
                })
                .filter(Objects::nonNull)
                .toList();
        return Json.ok(Map.of("items", items, "limit",
                TinAccessSettings.from(realm::getAttribute).backupAdmins()));
    }

}
