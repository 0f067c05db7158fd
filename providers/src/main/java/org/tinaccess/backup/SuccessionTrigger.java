package org.tinaccess.backup;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a backup admin may take a TIN's admin seat: the admin is gone. Pure, so each case is tested
 * without a server. While the admin is present and active, nobody succeeds them: they hand the
 * role over themselves.
 */
enum SuccessionTrigger {

    /** No one holds the TIN's admin claim: the admin's account was deleted. */
    ADMIN_DELETED,
    /** The admin's account is disabled. */
    ADMIN_DISABLED,
    /** The admin no longer has an active membership of the TIN (removed from its Organization, or suspended there). */
    ADMIN_REMOVED,
    /** The admin has not signed in for the realm's set time. */
    ADMIN_INACTIVE;

    /**
     * What is known of the TIN's admin.
     *
     * @param claimed whether anyone holds the TIN's admin claim
     * @param enabled whether the holder's account exists and is enabled
     * @param activeMember whether the holder's membership of the TIN is active
     * @param lastSeenMillis the holder's last sign-in, or when they became admin if later (epoch milliseconds)
     */
    record Admin(boolean claimed, boolean enabled, boolean activeMember, long lastSeenMillis) {}

    static Optional<SuccessionTrigger> of(Admin admin, long nowMillis, Duration idle) {
        if (!admin.claimed()) {
            return Optional.of(ADMIN_DELETED);
        }
        if (!admin.enabled()) {
            return Optional.of(ADMIN_DISABLED);
        }
        if (!admin.activeMember()) {
            return Optional.of(ADMIN_REMOVED);
        }
        if (nowMillis - admin.lastSeenMillis() >= idle.toMillis()) {
            return Optional.of(ADMIN_INACTIVE);
        }
        return Optional.empty();
    }

    /** As events and answers spell it, e.g. {@code admin-inactive}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
