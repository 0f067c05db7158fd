package org.tinaccess.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a requester proves a TIN is theirs: a payment from the plan, a PIN by US Mail, or a reviewer. */
public enum ProofMethod {
    /** A check, EFT or non-payment notice from the plan, matched against its records: approved at once. */
    PAYMENT,
    /** A PIN mailed to the provider's address of record, entered by the requester. */
    MAIL,
    /** A reviewer checks the request (10–14 business days). */
    REVIEW;

    /** The form's and the API's lower-case name. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProofMethod> fromValue(String value) {
        return Arrays.stream(values()).filter(method -> method.value().equals(value)).findFirst();
    }
}
