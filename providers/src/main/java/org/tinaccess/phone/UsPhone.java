package org.tinaccess.phone;

import java.util.Optional;
import java.util.Set;

/**
 * A US (NANP) phone number as typed by a person, normalised to E.164: {@code +12025550123}. Every
 * phone field and the phone codes share one rule: a number of the NANP in one of the realm's phone
 * regions ({@code tinAccess.phoneRegions}, see {@link NanpRegion}), so a number the sign-in codes
 * would refuse is refused where it is typed, not only later.
 */
public final class UsPhone {

    private UsPhone() {}

    /** As {@link #normalise(String)}, and only a number in one of {@code regions} (names of {@link NanpRegion}). */
    public static Optional<String> normalise(String input, Set<String> regions) {
        return normalise(input).filter(e164 -> regions.contains(NanpRegion.of(e164)));
    }

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
