package org.tinaccess.members;

import java.util.List;
import java.util.Locale;
import org.tinaccess.store.MemberRow;
import org.tinaccess.store.MemberStatus;

/**
 * A member of a TIN as its admin sees them: role, entitlements, the NPIs they are limited to (none: all),
 * status, and for an agency's agent their own NPN ({@code npn}; null for everyone else).
 */
public record MemberRepresentation(String id, String username, String email, String firstName, String lastName, String role,
        List<String> entitlements, List<String> npis, String status, String npn) {

    /**
     * @param npis the provider's NPIs the member is limited to; empty: the whole TIN
     * @param npn the agent's NPN, given only to an agency's admin
     */
    static MemberRepresentation of(MemberRow row, boolean admin, List<String> entitlements, List<String> npis, String npn) {
        return new MemberRepresentation(row.userId(), row.username(), row.email(), row.firstName(), row.lastName(),
                admin ? "admin" : "user", entitlements, npis, status(row.status(), row.emailVerified()), npn);
    }

    /** Invited until the person accepts (an existing account) or follows the activation link (a new one); suspended only for this TIN. */
    static String status(MemberStatus stored, boolean activated) {
        return switch (stored) {
            case SUSPENDED -> "suspended";
            case INVITED -> "invited";
            case ACTIVE -> activated ? "active" : "invited";
        };
    }

    static String statusFilter(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String status = raw.strip().toLowerCase(Locale.ROOT);
        return List.of("invited", "active", "suspended").contains(status) ? status : "";
    }
}
