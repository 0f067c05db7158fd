package org.tinaccess.billing;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.revocation.AccessNarrowing;
import org.tinaccess.revocation.PortalSignOut;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.ClientGrantEntity;
import org.tinaccess.store.ClientGrantStatus;
import org.tinaccess.store.ClientGrantStore;
import org.tinaccess.tin.Tin;

/**
 * What happens to client grants, whoever triggers it (the service's admin, the client's admin, a
 * reviewer, the expiry job). Callers have checked permission; this class applies the rules of
 * {@link ClientGrantRules} and lets the database settle races.
 */
public final class ClientGrants {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ClientGrantStore store;
    private final ClientGrantMails mails;

    public ClientGrants(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new ClientGrantStore(session, realm.getId());
        this.mails = new ClientGrantMails(session, realm);
    }

    ClientGrantStore store() {
        return store;
    }

    /**
     * A service asks for a client. The answer is the same whether or not the plan knows the client:
     * an unknown TIN or NPI makes a grant no one can approve, which expires like any unanswered one.
     */
    ClientGrantEntity request(OrganizationModel service, String requestedBy, ClientGrantRequest request) {
        OrganizationModel client = client(request);
        if (client != null && client.getId().equals(service.getId())) {
            throw ApiException.badRequest("own_tin", "A billing service cannot request access to its own Tax ID.");
        }
        String clientKey = ClientGrantEntity.clientKey(client == null ? null : client.getId(), request.reference());
        long now = Time.currentTimeMillis();
        ClientGrantEntity open = store.open(service.getId(), clientKey).orElse(null);
        ClientGrantRules.Outcome outcome = ClientGrantRules.onRequest(open == null ? null : open.getStatus(),
                open == null ? 0 : open.getRequestedAt(), now, lifespan());
        switch (outcome) {
            case ALREADY_APPROVED -> throw ApiException.conflict("already_granted", "This client has already granted your service access.");
            case ALREADY_PENDING -> throw ApiException.conflict("already_requested", "This client has not answered your request yet. Ask the"
                    + " provider to answer the e-mail, or contact web support to resend it; once the request expires (30 days) you may request again.");
            case EXPIRE_THEN_CREATE -> expire(open);
            case CREATE -> { }
        }
        ClientGrantEntity grant = new ClientGrantEntity(UUID.randomUUID().toString(), realm.getId(), service.getId(), service.getAlias(),
                request.reference(), client == null ? null : client.getId(), client == null ? null : client.getAlias(), requestedBy, now);
        try {
            store.insert(grant);
        } catch (PersistenceException | ModelDuplicateException concurrentRequest) {
            session.getTransactionManager().setRollbackOnly();
            throw ApiException.conflict("already_requested", "This client was just requested.");
        }
        mails.requested(grant, service);
        return grant;
    }

    private Duration lifespan() {
        return TinAccessSettings.from(realm::getAttribute).clientGrantLifespan();
    }

    /** The provider the service means, or null when the plan knows none (or the NPI is not one provider's). */
    private OrganizationModel client(ClientGrantRequest request) {
        if (request.tin() != null) {
            return ProviderOrganization.of(session, request.tin());
        }
        List<OrganizationModel> found = session.getProvider(OrganizationProvider.class)
                .getAllStream(Map.of(ProviderOrganization.NPI_ATTRIBUTE, request.npi().digits()), 0, 2)
                .filter(organization -> Tin.parse(organization.getAlias()).isPresent())
                .toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    void approve(ClientGrantEntity grant, String by, List<String> entitlements) {
        move(grant, ClientGrantStatus.PENDING, ClientGrantStatus.APPROVED, by, entitlements, null);
    }

    void deny(ClientGrantEntity grant, String by, String note) {
        move(grant, ClientGrantStatus.PENDING, ClientGrantStatus.DENIED, by, null, note);
    }

    /** The service's users who acted for the client lose it at once at the portals. */
    public void revoke(ClientGrantEntity grant, String by, String note) {
        move(grant, ClientGrantStatus.APPROVED, ClientGrantStatus.REVOKED, by, null, note);
        new PortalSignOut(session, realm).afterCommit(store.assignedUsers(grant.getId()));
    }

    /** Sets the clients a user of the service acts for; one taken away (or an entitlement for one) ends their portal sessions. */
    void assign(OrganizationModel service, String userId, Map<String, List<String>> byGrant) {
        Map<String, List<String>> before = store.assignments(service.getId(), userId);
        store.setAssignments(service.getId(), userId, byGrant);
        if (AccessNarrowing.clientAssignments(before, byGrant)) {
            new PortalSignOut(session, realm).afterCommit(List.of(userId));
        }
    }

    /**
     * The client's access review ended with nobody confirming the grant: revoked, with nobody as its
     * decider. Run by the once-per-cluster job, which has no request to sign portals out from: they
     * read the change at their next refresh. Answers whether this call did it.
     */
    public boolean revokeUnconfirmed(ClientGrantEntity grant) {
        boolean moved = store.move(grant.getId(), ClientGrantStatus.APPROVED, ClientGrantStatus.REVOKED, null, Time.currentTimeMillis(), null,
                "Not confirmed in the provider's access review");
        if (moved) {
            mails.statusChanged(grant);
        }
        return moved;
    }

    /** Expires an unanswered grant (the job, or a re-request after the lifespan); answers whether this call did it. */
    public boolean expire(ClientGrantEntity grant) {
        boolean moved = store.move(grant.getId(), ClientGrantStatus.PENDING, ClientGrantStatus.EXPIRED, null, Time.currentTimeMillis(), null,
                null);
        if (moved) {
            mails.statusChanged(grant);
        }
        return moved;
    }

    /** Sends the client's admin the request again, once (a reviewer, "web support"). */
    void resend(ClientGrantEntity grant) {
        if (!ClientGrantRules.mayResend(grant.getStatus(), grant.isResent()) || !store.markResent(grant.getId())) {
            throw ApiException.conflict("not_resendable", "Only an unanswered request can be resent, and only once.");
        }
        OrganizationModel service = session.getProvider(OrganizationProvider.class).getById(grant.getServiceOrgId());
        if (service != null) {
            mails.requested(grant, service);
        }
    }

    private void move(ClientGrantEntity grant, ClientGrantStatus from, ClientGrantStatus to, String by, List<String> entitlements, String note) {
        if (grant.getStatus() != from || !store.move(grant.getId(), from, to, by, Time.currentTimeMillis(), entitlements, note)) {
            throw ApiException.conflict("not_" + from.label(), "This request is not " + from.label() + " (it is " + grant.getStatus().label() + ").");
        }
        mails.statusChanged(grant);
    }
}
