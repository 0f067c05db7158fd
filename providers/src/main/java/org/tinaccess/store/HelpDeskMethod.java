package org.tinaccess.store;

import java.util.Locale;
import java.util.Optional;

/**
 * How the help desk made sure the caller is the person whose second factor they want reset:
 * a one-time code sent to the phone on file and read back, the confirmation of the admin of a TIN
 * the person belongs to, or a code in a letter to that TIN's address of record.
 */
public enum HelpDeskMethod {
    /**
     * A code to the e-mail address on file. No longer opened: a mailbox alone must never replace a
     * second factor (whoever reads the mail could). Kept so the checks of earlier versions still read.
     */
    EMAIL,
    PHONE,
    ADMIN,
    LETTER;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The two methods that go through one of the person's TINs. */
    public boolean needsTin() {
        return this == ADMIN || this == LETTER;
    }

    /** The ways a new check may take. */
    public static Optional<HelpDeskMethod> openable(String value) {
        for (HelpDeskMethod method : values()) {
            if (method != EMAIL && method.value().equals(value)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
