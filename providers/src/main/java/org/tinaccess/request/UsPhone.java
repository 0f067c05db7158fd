package org.tinaccess.request;

import java.util.Optional;

/** A US (NANP) phone number as typed by a person, normalised to E.164: {@code +12025550123}. */
public final class UsPhone {

    private UsPhone() {}

    /** Spaces, dots, dashes, brackets and a leading +1 or 1 are tolerated; anything else is refused. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.strip().replaceAll("[\\s().\\-]", "");
        if (digits.startsWith("+1")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (!digits.matches("[2-9][0-9]{2}[2-9][0-9]{6}")) {
            return Optional.empty();
        }
        return Optional.of("+1" + digits);
    }
}
