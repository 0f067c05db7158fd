package org.tinaccess.store;

/** What an access review's item is about: a person's membership of the TIN, or a billing service's grant to act for it. */
public enum AccessReviewItemKind {
    MEMBER,
    GRANT
}
