package org.tinaccess.store;

/** What a row of TA_ACCESS_REQUEST asks for. */
public enum RequestKind {
    /** To become the admin of one or more TINs. */
    ADMIN,
    /** To become a user of an existing provider. */
    JOIN,
    /** The plan's "My provider is not listed": a person asks to be contacted; no TIN lines, closed by a reviewer. */
    NOT_LISTED
}
