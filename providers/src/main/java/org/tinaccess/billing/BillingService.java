package org.tinaccess.billing;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.provider.BillingServiceMark;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.tin.Tin;

/**
 * A billing service (seed 003): a provider Organization of its own TIN, with its own admin, marked
 * as a billing service ({@link BillingServiceMark}). It holds client grants from other providers;
 * its users act for a client only within the grant.
 */
public final class BillingService {

    private BillingService() {}

    /**
     * The billing service of {@code tinInPath}, if the caller is its admin; 403 otherwise, the same
     * whether the TIN is unknown, not a billing service or someone else's.
     */
    public static OrganizationModel requireAdmin(KeycloakSession session, RealmModel realm, Caller caller, String tinInPath) {
        Tin tin = TinAuthority.requireAdmin(session, realm, caller, tinInPath);
        OrganizationModel service = ProviderOrganization.of(session, tin);
        if (!BillingServiceMark.isBillingService(service)) {
            throw ApiException.forbidden();
        }
        return service;
    }
}
