package org.tinaccess.store;

/** What a row of TA_ACCESS_REQUEST asks for. */
public enum RequestKind {
    /** To become the admin of one or more TINs (seed 001). */
    ADMIN,
    /** To become a user of an existing provider (seed 004). */
    JOIN
}
