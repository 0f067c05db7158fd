package org.tinaccess.members;

import java.util.List;
import java.util.Locale;
import org.tinaccess.store.BackupAdmin;
import org.tinaccess.token.TinsClaim;
import org.tinaccess.store.MemberRow;
import org.tinaccess.store.MemberStatus;

/**
 * A member of a TIN as its admin sees them: role ({@code admin}, {@code backup-admin} once agreed, or
 * {@code user}), whether they were named a backup admin ({@code backupAdmin}), entitlements, the NPIs they are limited to (none: all),
 * status, and for an agency's agent their own NPN ({@code npn}; null for everyone else).
 */
public record MemberRepresentation(String id, String username, String email, String firstName, String lastName, String role,
        List<String> entitlements, List<String> npis, String status, String npn, String backupAdmin) {

    /**
     * @param npis the provider's NPIs the member is limited to; empty: the whole TIN
     * @param npn the agent's NPN, given only to an agency's admin
     */
    static MemberRepresentation of(MemberRow row, boolean admin, List<String> entitlements, List<String> npis, String npn) {
        BackupAdmin backup = admin ? null : row.backupAdmin();
        String role = admin ? TinsClaim.ADMIN : backup == BackupAdmin.CONFIRMED ? TinsClaim.BACKUP_ADMIN : TinsClaim.USER;
        return new MemberRepresentation(row.userId(), row.username(), row.email(), row.firstName(), row.lastName(),
                role, entitlements, npis, status(row.status(), row.emailVerified()), npn, backupAdmin(backup));
    }

    /** {@code nominated} (named, not agreed yet), {@code confirmed}, or null for anyone not named a backup admin. */
    static String backupAdmin(BackupAdmin backup) {
        return backup == null ? null : backup.name().toLowerCase(Locale.ROOT);
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
