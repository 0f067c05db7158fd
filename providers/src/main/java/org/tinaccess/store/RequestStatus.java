package org.tinaccess.store;

/** A request is pending while any of its TIN lines is; then it is decided. */
public enum RequestStatus {
    PENDING,
    DECIDED
}
