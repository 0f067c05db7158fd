package org.tinaccess.billing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.settings.HelpAudience;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.ClientGrantEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * The mails of client grants, each to the admin of a TIN (the holder of its admin claim), never to
 * an address the billing service typed: the client's admin is asked, the service's admin (and the
 * service's user who asked) is told when the status changes. Sent after commit, like every decision mail.
 */
final class ClientGrantMails {

    private final KeycloakSession session;
    private final RealmModel realm;

    ClientGrantMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** To the client's admin: a billing service asks to act for the provider. Nobody, for a client the plan does not know. */
    void requested(ClientGrantEntity grant, OrganizationModel service) {
        UserModel clientAdmin = adminOf(grant.getClientTin());
        if (clientAdmin == null) {
            return;
        }
        Map<String, Object> attributes = attributes(clientAdmin);
        attributes.put("service", service.getName());
        attributes.put("provider", Tin.parse(grant.getClientTin()).map(Tin::masked).orElse(""));
        // The page of the console where the client's admin decides, on this provider (its id, not its TIN, which
        // the mail only shows masked); only ever sent from a request, which has a URI.
        attributes.put("consoleUrl", session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("account")
                .path("tin-access").path("client-grants").queryParam("provider", grant.getClientOrgId()).build().toString());
        new PortalMail(session, realm).sendAfterCommit(clientAdmin.getEmail(), "clientGrantRequestedSubject", List.of(service.getName()),
                "client-grant-requested.ftl", attributes);
    }

    /**
     * To the service's admin, and to the user of the service who asked if someone else did and they
     * still may request clients: a request's status changed (approved, denied, revoked, expired).
     */
    void statusChanged(ClientGrantEntity grant) {
        UserModel serviceAdmin = adminOf(grant.getServiceTin());
        if (serviceAdmin != null) {
            statusChanged(grant, serviceAdmin);
        }
        UserModel requester = session.users().getUserById(realm, grant.getRequestedBy());
        boolean stillRequests = new MemberStore(session, realm.getId()).find(grant.getServiceTin(), grant.getRequestedBy())
                .map(member -> member.getStatus() == MemberStatus.ACTIVE && member.requestsClients())
                .orElse(false);
        if (requester != null && requester.getEmail() != null && stillRequests
                && (serviceAdmin == null || !serviceAdmin.getId().equals(requester.getId()))) {
            statusChanged(grant, requester);
        }
    }

    private void statusChanged(ClientGrantEntity grant, UserModel to) {
        Map<String, Object> attributes = attributes(to);
        attributes.put("client", grant.getClientRef());
        attributes.put("status", grant.getStatus().label());
        attributes.put("note", grant.getNote() == null ? "" : grant.getNote());
        attributes.put("entitlements", String.join(", ", grant.getEntitlements()));
        // To the billing service's people: their own help line, if the plan has one.
        new PortalMail(session, realm).to(HelpAudience.BILLING_SERVICES).sendAfterCommit(to.getEmail(), "clientGrantStatusSubject",
                List.of(grant.getClientRef(), grant.getStatus().label()), "client-grant-status.ftl", attributes);
    }

    private Map<String, Object> attributes(UserModel to) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("firstName", to.getFirstName() == null ? "" : to.getFirstName());
        return attributes;
    }

    private UserModel adminOf(String tin) {
        if (tin == null) {
            return null;
        }
        return new AdminRequestStore(session, realm.getId()).claimOf(tin)
                .map(claim -> session.users().getUserById(realm, claim.getUserId()))
                .filter(user -> user != null && user.getEmail() != null)
                .orElse(null);
    }
}
