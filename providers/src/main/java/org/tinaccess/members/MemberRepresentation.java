package org.tinaccess.members;

import java.util.List;
import java.util.Locale;
import org.tinaccess.store.MemberRow;
import org.tinaccess.store.MemberStatus;

/** A member of a TIN as its admin sees them. */
public record MemberRepresentation(String id, String username, String email, String firstName, String lastName, String role,
        List<String> entitlements, String status) {

    static MemberRepresentation of(MemberRow row, boolean admin, List<String> entitlements) {
        return new MemberRepresentation(row.userId(), row.username(), row.email(), row.firstName(), row.lastName(),
                admin ? "admin" : "user", entitlements, status(row.status(), row.emailVerified()));
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
