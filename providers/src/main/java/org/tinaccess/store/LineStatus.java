package org.tinaccess.store;

/** The state of one TIN of a request; each TIN is decided on its own. */
public enum LineStatus {
    PENDING,
    APPROVED,
    DENIED
}
