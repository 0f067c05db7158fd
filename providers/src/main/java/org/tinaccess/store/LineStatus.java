package org.tinaccess.store;

/** The state of one TIN of a request; each TIN is decided on its own (seed 001). */
public enum LineStatus {
    PENDING,
    APPROVED,
    DENIED
}
