package org.tinaccess.tin;

import java.util.Optional;

/**
 * A National Producer Number (NAIC's NIPR): the number that identifies an insurance agent or agency
 * across the states ("Please use your National Producer Number (NPN)"). Up to ten digits,
 * no check digit, never zero. Kept without leading zeros, so {@code 0012345} and {@code 12345} are
 * one producer and one key in {@code TA_AGENT_NPN}.
 */
public record Npn(String digits) {

    public static final int MAX_DIGITS = 10;

    public Npn {
        if (!isCanonical(digits)) {
            throw new IllegalArgumentException("Not a valid NPN");
        }
    }

    /** The NPN in {@code input} (surrounding spaces and leading zeros tolerated), or empty when it is not one. */
    public static Optional<Npn> parse(String input) {
        String typed = input == null ? "" : input.strip();
        if (typed.isEmpty() || typed.length() > MAX_DIGITS || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        String digits = typed.replaceFirst("^0+", "");
        return digits.isEmpty() ? Optional.empty() : Optional.of(new Npn(digits));
    }

    private static boolean isCanonical(String digits) {
        return digits != null && !digits.isEmpty() && digits.length() <= MAX_DIGITS && digits.charAt(0) != '0'
                && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return digits;
    }
}
