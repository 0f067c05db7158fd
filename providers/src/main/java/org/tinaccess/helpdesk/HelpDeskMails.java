package org.tinaccess.helpdesk;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.MailDates;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.tin.Tin;

/** What the help desk's cases tell people by mail; each goes only once the change it announces has committed. */
final class HelpDeskMails {

    static final String HELP_DESK_NAME = "The Provider Assistance Center";

    private final KeycloakSession session;
    private final RealmModel realm;

    HelpDeskMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** To the managers who may confirm: someone on the phone says they are {@code person}. */
    void adminAsked(UserModel person, Tin tin, Collection<String> managerIds) {
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        for (String managerId : managerIds) {
            send(session.users().getUserById(realm, managerId), "helpDeskConfirmSubject", "help-desk-confirm.ftl", Map.of(
                    "personName", PortalMail.name(person),
                    "provider", provider == null ? tin.masked() : provider.getName(),
                    "consoleUrl", new PortalMail(session, realm).myTaxIdsUrl()));
        }
    }

    /** To the person and to the others who may stop it: the reset happens at {@code due} unless stopped. */
    void resetScheduled(UserModel person, Collection<String> otherIds, long due) {
        Map<String, Object> attributes = Map.of("personName", PortalMail.name(person), "due", MailDates.moment(due),
                "consoleUrl", new PortalMail(session, realm).myTaxIdsUrl());
        send(person, "helpDeskScheduledSubject", "help-desk-reset-scheduled.ftl", withSelf(attributes, true));
        for (String otherId : otherIds) {
            send(session.users().getUserById(realm, otherId), "helpDeskScheduledSubject", "help-desk-reset-scheduled.ftl",
                    withSelf(attributes, false));
        }
    }

    /** To the person: the factors are gone, the next sign-in sets up a new one. */
    void resetDone(UserModel person) {
        send(person, "mfaResetSubject", "mfa-reset.ftl", Map.of("adminName", HELP_DESK_NAME));
    }

    private static Map<String, Object> withSelf(Map<String, Object> attributes, boolean self) {
        Map<String, Object> all = new HashMap<>(attributes);
        all.put("self", self);
        return all;
    }


    private void send(UserModel user, String subjectKey, String template, Map<String, Object> attributes) {
        new PortalMail(session, realm).toPersonAfterCommit(user, subjectKey, template, attributes);
    }
}
