package org.tinaccess.billing;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.provider.BillingServiceMark;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * A billing service: a provider Organization of its own TIN, with its own admin, marked
 * as a billing service ({@link BillingServiceMark}). It holds client grants from other providers;
 * its users act for a client only within the grant.
 *
 * @param admin whether the caller is the service's admin; otherwise a user the admin lets request clients
 */
public record BillingService(OrganizationModel organization, Caller caller, boolean admin) {

    /**
     * The billing service of {@code tinInPath}, if the caller is its admin or one of its active users
     * the admin lets request clients; 403 otherwise, the same whether the TIN is unknown, not a
     * billing service or someone else's.
     */
    public static BillingService requireStaff(KeycloakSession session, RealmModel realm, Caller caller, String tinInPath) {
        Tin tin = Tin.parse(tinInPath).orElseThrow(ApiException::forbidden);
        OrganizationModel service = ProviderOrganization.of(session, tin);
        if (!BillingServiceMark.isBillingService(service)) {
            throw ApiException.forbidden();
        }
        if (TinAuthority.isAdmin(session, realm, caller, tin)) {
            return new BillingService(service, caller, true);
        }
        boolean requester = new MemberStore(session, realm.getId()).find(tin.digits(), caller.user().getId())
                .map(member -> member.getStatus() == MemberStatus.ACTIVE && member.requestsClients())
                .orElse(false);
        if (!requester) {
            throw ApiException.forbidden();
        }
        return new BillingService(service, caller, false);
    }

    /** For what only the service's admin does: assigning clients, and choosing who may request them. */
    void requireAdmin() {
        if (!admin) {
            throw ApiException.forbidden();
        }
    }
}
