package org.tinaccess.members;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * The mails of a TIN changing admins, whoever moved it (the admin handing it over, a reviewer, a
 * reviewer approving a requester whose TIN's admin has left): the new admin is told, and so is the
 * one replaced, so nobody loses a provider without knowing.
 */
public final class AdminChangeMails {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tin tin;

    public AdminChangeMails(KeycloakSession session, RealmModel realm, Tin tin) {
        this.session = session;
        this.realm = realm;
        this.tin = tin;
    }

    public void transferred(UserModel newAdmin) {
        send(newAdmin, "adminTransferredSubject", "admin-transferred.ftl", Map.of());
    }

    public void replaced(UserModel oldAdmin, String newAdminName) {
        send(oldAdmin, "adminReplacedSubject", "admin-replaced.ftl", Map.of("newAdminName", newAdminName));
    }

    /**
     * The TIN's other backup admins (agreed, active): {@code newAdmin} is its admin now, in place of
     * one who had left (a backup admin who took the role, or a reviewer's move).
     */
    public void backupAdminsTold(UserModel newAdmin) {
        String newAdminName = PortalMail.name(newAdmin);
        new MemberStore(session, realm.getId()).backupAdminsOf(tin.digits()).stream()
                .filter(MemberEntity::isActiveBackupAdmin)
                .filter(member -> !member.getUserId().equals(newAdmin.getId()))
                .map(member -> session.users().getUserById(realm, member.getUserId()))
                .filter(backup -> backup != null && backup.getEmail() != null)
                .forEach(backup -> send(backup, "backupAdminSuccessionSubject", "backup-admin-succession.ftl",
                        Map.of("newAdminName", newAdminName)));
    }

    private void send(UserModel user, String subjectKey, String template, Map<String, Object> extra) {
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        Map<String, Object> attributes = new HashMap<>(extra);
        attributes.put("firstName", user.getFirstName() == null ? "" : user.getFirstName());
        attributes.put("provider", provider == null ? tin.masked() : provider.getName());
        new PortalMail(session, realm).sendAfterCommit(user.getEmail(), subjectKey, List.of(), template, attributes);
    }
}
