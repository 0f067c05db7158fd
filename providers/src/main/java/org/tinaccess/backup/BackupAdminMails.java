package org.tinaccess.backup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.tin.Tin;

/**
 * The mails of a TIN's backup admins: the person named is asked, the admin learns the answer, the
 * person whose role is withdrawn is told (a succession's mails are {@code AdminChangeMails}'). Sent
 * only once the change is committed.
 */
final class BackupAdminMails {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tin tin;

    BackupAdminMails(KeycloakSession session, RealmModel realm, Tin tin) {
        this.session = session;
        this.realm = realm;
        this.tin = tin;
    }

    void named(UserModel person, UserModel admin) {
        send(person, "backupAdminNamedSubject", "backup-admin-named.ftl",
                Map.of("adminName", PortalMail.name(admin), "consoleUrl", new PortalMail(session, realm).myTaxIdsUrl()));
    }

    void withdrawn(UserModel person, UserModel admin) {
        send(person, "backupAdminWithdrawnSubject", "backup-admin-withdrawn.ftl", Map.of("adminName", PortalMail.name(admin)));
    }

    /** To the TIN's admin: the person agreed, or said no (or stepped down). */
    void answered(UserModel person, boolean agreed) {
        new AdminRequestStore(session, realm.getId()).claimOf(tin.digits())
                .map(claim -> session.users().getUserById(realm, claim.getUserId()))
                .ifPresent(admin -> send(admin, agreed ? "backupAdminAgreedSubject" : "backupAdminDeclinedSubject",
                        "backup-admin-answered.ftl", Map.of("personName", PortalMail.name(person), "agreed", agreed)));
    }



    private void send(UserModel user, String subjectKey, String template, Map<String, Object> extra) {
        if (user == null || user.getEmail() == null) {
            return;
        }
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        Map<String, Object> attributes = new HashMap<>(extra);
        attributes.put("firstName", user.getFirstName() == null ? "" : user.getFirstName());
        attributes.put("provider", provider == null ? tin.masked() : provider.getName());
        new PortalMail(session, realm).sendAfterCommit(user.getEmail(), subjectKey, List.of(), template, attributes);
    }
}
