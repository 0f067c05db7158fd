package org.tinaccess.tin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A National Provider Identifier: ten digits whose last is a Luhn check digit computed over the
 * card-issuer prefix {@code 80840} followed by the first nine (CMS, "NPI check digit").
 */
public record Npi(String digits) {

    private static final String ISSUER_PREFIX = "80840";

    public Npi {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("Not a valid NPI");
        }
    }

    /** The NPI in {@code input} (surrounding spaces tolerated), or empty when it is not one. */
    public static Optional<Npi> parse(String input) {
        String digits = input == null ? "" : input.strip();
        return isValid(digits) ? Optional.of(new Npi(digits)) : Optional.empty();
    }

    /**
     * The NPIs stored as one comma-separated column ({@code null} or blank: none); entries that are
     * not NPIs are left out.
     */
    public static List<Npi> listOf(String stored) {
        List<Npi> npis = new ArrayList<>();
        if (stored != null) {
            for (String part : stored.split(",")) {
                parse(part).filter(npi -> !npis.contains(npi)).ifPresent(npis::add);
            }
        }
        return npis;
    }

    /** The form {@link #listOf} reads back, or {@code null} for none. */
    public static String stored(List<Npi> npis) {
        return npis.isEmpty() ? null : String.join(",", npis.stream().map(Npi::digits).toList());
    }

    private static boolean isValid(String digits) {
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(ISSUER_PREFIX + digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** Luhn: double every second digit from the right of the payload, sum digits, round up to ten. */
    private static int checkDigit(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
