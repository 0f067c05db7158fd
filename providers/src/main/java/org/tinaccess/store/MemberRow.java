package org.tinaccess.store;

/** One member of a TIN as listed: our membership joined with Keycloak's user row. */
public record MemberRow(String userId, String username, String email, String firstName, String lastName, boolean emailVerified,
        MemberStatus status) {}
