package org.tinaccess.billing;

import java.util.Locale;
import org.tinaccess.rest.ApiException;
import org.tinaccess.store.ClientGrantStatus;

/** The {@code status} query parameter of the grant lists: one status, or {@code all} (the default). */
final class GrantStatusFilter {

    private GrantStatusFilter() {}

    /** Null for all. */
    static ClientGrantStatus parse(String status) {
        if (status == null || status.isBlank() || "all".equalsIgnoreCase(status.strip())) {
            return null;
        }
        try {
            return ClientGrantStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_status", "status must be pending, approved, denied, expired, revoked or all.");
        }
    }
}
