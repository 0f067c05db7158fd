package org.tinaccess.store;

import java.util.Locale;

/**
 * What became of an item: a manager CONFIRMED it or REMOVED the access; at the deadline a person
 * nobody confirmed is SUSPENDED on the TIN, a billing service's grant REVOKED (a grant has no
 * suspension: the service asks again); GONE: the access ended meanwhile some other way (the person
 * was removed, the grant ended), so there was nothing left to decide.
 */
public enum AccessReviewDecision {
    CONFIRMED,
    REMOVED,
    SUSPENDED,
    REVOKED,
    GONE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
