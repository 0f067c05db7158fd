package org.tinaccess.it.support;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.OrganizationRepresentation;

/** The provider Organizations TIN Access keeps, looked up by TIN (the alias) through the admin API. */
public final class Providers {

    private Providers() {}

    /** Every organization whose alias is {@code tin}: zero or one, since aliases are unique. */
    public static List<OrganizationRepresentation> withTin(TinAccessServer server, String tin) {
        // The admin API searches names, not aliases: page through all of this run's organizations.
        return server.realm().organizations().search(null, false, 0, 100_000).stream()
                .filter(org -> tin.equals(org.getAlias()))
                .toList();
    }

    /**
     * Marks the provider of {@code tin} as a billing service through the admin API, the attribute the
     * request-access pages set for "I am a billing service".
     */
    public static void markBillingService(TinAccessServer server, String tin) {
        OrganizationRepresentation organization = full(server, tin);
        Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes() == null ? Map.of() : organization.getAttributes());
        attributes.put("billingService", List.of("true"));
        organization.setAttributes(attributes);
        try (Response updated = server.realm().organizations().get(organization.getId()).update(organization)) {
            if (updated.getStatus() != 204) {
                throw new AssertionError("Could not mark " + tin + " as a billing service: " + updated.getStatus());
            }
        }
    }

    /**
     * Marks the provider of {@code tin} as an insurance agency with {@code npn} through the admin API, the
     * attribute approving a request that says "I am an insurance agency" sets.
     */
    public static void markAgency(TinAccessServer server, String tin, String npn) {
        OrganizationRepresentation organization = full(server, tin);
        Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes() == null ? Map.of() : organization.getAttributes());
        attributes.put("agencyNpn", List.of(npn));
        organization.setAttributes(attributes);
        try (Response updated = server.realm().organizations().get(organization.getId()).update(organization)) {
            if (updated.getStatus() != 204) {
                throw new AssertionError("Could not mark " + tin + " as an agency: " + updated.getStatus());
            }
        }
    }

    /** The provider of {@code tin} with everything the admin API holds (the search answers brief ones, without attributes). */
    public static OrganizationRepresentation full(TinAccessServer server, String tin) {
        return server.realm().organizations().get(ofTin(server, tin).getId()).toRepresentation();
    }

    public static OrganizationRepresentation ofTin(TinAccessServer server, String tin) {
        List<OrganizationRepresentation> found = withTin(server, tin);
        if (found.size() != 1) {
            throw new AssertionError("Expected one organization with alias " + tin + ", found " + found.size());
        }
        return found.get(0);
    }
}
