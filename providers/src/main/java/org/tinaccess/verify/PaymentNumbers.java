package org.tinaccess.verify;

import java.util.Locale;

/**
 * Vendor, check, EFT and notice numbers are compared as letters and digits only, upper-case: a
 * check printed "CHK-5001" matches "chk 5001" typed, and a notice "NP 123-456" matches "NP123456".
 * The plan's uploaded records and the requester's typing go through the same normalization.
 */
public final class PaymentNumbers {

    private PaymentNumbers() {}

    public static String normalize(String printed) {
        return printed == null ? "" : printed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
