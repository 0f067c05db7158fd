package org.tinaccess.mfa;

/** How a phone number is shown on pages: only its last four digits. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    /** {@code +17155550123} becomes {@code (***) ***-0123}. */
    public static String masked(String e164) {
        String digits = e164 == null ? "" : e164.replaceAll("\\D", "");
        return "(***) ***-" + (digits.length() >= 4 ? digits.substring(digits.length() - 4) : "****");
    }
}
