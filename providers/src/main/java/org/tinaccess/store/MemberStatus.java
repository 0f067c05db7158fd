package org.tinaccess.store;

/**
 * Stored state of a membership. An existing account is INVITED until its owner accepts, signed in;
 * a new account's membership is ACTIVE from the start, and shown as invited until the account is
 * activated through its link. Only ACTIVE memberships of activated accounts reach the tokens.
 */
public enum MemberStatus {
    INVITED,
    ACTIVE,
    SUSPENDED
}
