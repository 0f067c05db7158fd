package org.tinaccess.store;

import java.util.Locale;
import java.util.Set;

/**
 * Where a billing service's grant to act for a client stands. PENDING and APPROVED are open (at
 * most one per service and client, see TA_CLIENT_GRANT); the others are final.
 */
public enum ClientGrantStatus {
    PENDING, APPROVED, DENIED, EXPIRED, REVOKED;

    public boolean isOpen() {
        return this == PENDING || this == APPROVED;
    }

    /**
     * The moves the domain allows: the client's admin approves or denies a pending grant and revokes
     * an approved one at any time; an unanswered grant expires. Nothing leaves a final status.
     */
    public boolean mayBecome(ClientGrantStatus next) {
        return switch (this) {
            case PENDING -> Set.of(APPROVED, DENIED, EXPIRED).contains(next);
            case APPROVED -> next == REVOKED;
            default -> false;
        };
    }

    /** As the API and the mails spell it: {@code pending}, {@code approved}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
