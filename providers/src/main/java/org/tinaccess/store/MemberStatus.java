package org.tinaccess.store;

/** Stored state of a membership. "Invited" is not stored: it is an active member who has not activated yet. */
public enum MemberStatus {
    ACTIVE,
    SUSPENDED
}
