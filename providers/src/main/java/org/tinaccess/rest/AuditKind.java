package org.tinaccess.rest;

import org.keycloak.events.admin.ResourceType;

/**
 * What a TIN Access admin event is about, and the Keycloak resource type it is filed under.
 * Keycloak stores any string as a resource type, but its admin-events query (admin console and
 * {@code GET /admin/realms/{realm}/admin-events?resourceTypes=}) parses the filter into its own
 * {@link ResourceType} enum and fails on anything else, so our events use the nearest Keycloak type
 * and carry their own kind in the details ({@link AuditTrail#KIND}).
 */
public enum AuditKind {

    /** A reviewer's decision on a request to administer a provider: who runs that Organization. */
    TIN_ACCESS_ADMIN_REQUEST(ResourceType.ORGANIZATION),
    /** A TIN admin's (or reviewer's) change to a person's place in the provider Organization. */
    TIN_ACCESS_MEMBER(ResourceType.ORGANIZATION_MEMBERSHIP),
    /** A TIN admin's decision on a person's request to join the provider Organization. */
    TIN_ACCESS_JOIN_REQUEST(ResourceType.ORGANIZATION_MEMBERSHIP),
    /** A change to an account itself: the help desk's reset of its second factors, and who verified the caller or stopped it. */
    TIN_ACCESS_USER(ResourceType.USER),
    /** A reviewer's upload of the plan's payment records (the proof a requester's payment is matched against). */
    TIN_ACCESS_PAYMENT_RECORDS(ResourceType.CUSTOM),
    /** A reviewer's closing of a "my provider is not listed" request, once the person was contacted. */
    TIN_ACCESS_NOT_LISTED_REQUEST(ResourceType.CUSTOM),
    /** A reviewer's move of a Type 2 NPI from one provider to another. */
    TIN_ACCESS_PROVIDER_NPI(ResourceType.ORGANIZATION),
    /** A billing service's request to act for a client provider, the client admin's answer, a reviewer's resend. */
    TIN_ACCESS_CLIENT_GRANT(ResourceType.ORGANIZATION);

    private final ResourceType resourceType;

    AuditKind(ResourceType resourceType) {
        this.resourceType = resourceType;
    }

    public ResourceType resourceType() {
        return resourceType;
    }
}
