package org.tinaccess.store;

import java.util.Locale;

/**
 * Where a help-desk case stands. OPEN: a code is out or the admin was asked. VERIFIED: the caller
 * proved who they are. SCHEDULED: the reset of an admin or backup admin waits out its cooling-off.
 * DONE: the factors were removed. FAILED: wrong codes, the admin refused, or the case was replaced
 * by a newer one. STOPPED: someone told during the cooling-off stopped the reset.
 */
public enum HelpDeskCaseStatus {
    OPEN,
    VERIFIED,
    SCHEDULED,
    DONE,
    FAILED,
    STOPPED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
