package org.tinaccess.tin;

import java.util.Optional;
import java.util.Set;

/**
 * A Tax ID Number: nine digits, held without dashes, an EIN or (for a sole proprietor who bills
 * under it, where the realm allows: the TIN is the number used to bill) an SSN. Only
 * {@link #parse} makes one, so a {@code Tin} in hand is always well formed; whether a new request may
 * name an SSN is the realm's choice, checked by {@link #check(String, boolean)}. Shown to people in {@link #masked()} form unless they are entitled
 * to see it whole (its admin, reviewers).
 */
public record Tin(String digits) {

    /**
     * Two-digit prefixes the IRS assigns to EINs. Prefixes outside the table (00, 07-09, 17-19, 28,
     * 29, 49, 69, 70, 78, 79, 89, 96, 97) are never issued, so a TIN starting with one is a typo.
     */
    private static final Set<String> EIN_PREFIXES = Set.of(
            "01", "02", "03", "04", "05", "06",
            "10", "11", "12", "13", "14", "15", "16",
            "20", "21", "22", "23", "24", "25", "26", "27",
            "30", "31", "32", "33", "34", "35", "36", "37", "38", "39",
            "40", "41", "42", "43", "44", "45", "46", "47", "48",
            "50", "51", "52", "53", "54", "55", "56", "57", "58", "59",
            "60", "61", "62", "63", "64", "65", "66", "67", "68",
            "71", "72", "73", "74", "75", "76", "77",
            "80", "81", "82", "83", "84", "85", "86", "87", "88",
            "90", "91", "92", "93", "94", "95", "98", "99");

    public Tin {
        if (problem(digits).isPresent()) {
            throw new IllegalArgumentException("Not a valid TIN");
        }
    }

    /** The TIN in {@code input} (dashes and surrounding spaces tolerated), or empty when it is not one. */
    public static Optional<Tin> parse(String input) {
        String digits = normalise(input);
        return problem(digits).isPresent() ? Optional.empty() : Optional.of(new Tin(digits));
    }

    /** Why {@code input} is not an EIN, as a message key suffix, or empty when it is one. */
    public static Optional<TinProblem> check(String input) {
        return check(input, false);
    }

    /**
     * Why a new request may not name {@code input}: not a TIN at all, or an SSN where the realm
     * takes EINs only. The same nine digits can be both; only digits no EIN starts with tell them apart.
     */
    public static Optional<TinProblem> check(String input, boolean ssnAllowed) {
        String digits = normalise(input);
        Optional<TinProblem> problem = problem(digits);
        if (problem.isEmpty() && !ssnAllowed && !isEin(digits)) {
            return Optional.of(TinProblem.UNKNOWN_PREFIX);
        }
        return problem;
    }

    /** {@code **-***6789}: enough for a person to recognise their own TIN, too little to learn one. */
    public String masked() {
        return "**-***" + digits.substring(5);
    }

    /**
     * {@code 12-3456789}, the way an EIN is printed, or {@code 123-45-6789} for digits no EIN starts
     * with (an SSN). Nine digits that can be either are printed as an EIN: the plan's TINs mostly are.
     */
    public String formatted() {
        if (!isEin(digits)) {
            return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        }
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }

    @Override
    public String toString() {
        // Never the digits: a TIN that slips into a log line or an exception must stay masked.
        return masked();
    }

    private static String normalise(String input) {
        return input == null ? "" : input.strip().replace("-", "");
    }

    private static Optional<TinProblem> problem(String digits) {
        if (digits == null || digits.isEmpty()) {
            return Optional.of(TinProblem.MISSING);
        }
        if (digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(TinProblem.NOT_NINE_DIGITS);
        }
        if (digits.chars().distinct().count() == 1) {
            return Optional.of(TinProblem.PLACEHOLDER);
        }
        if (!isEin(digits) && !isSsn(digits)) {
            return Optional.of(TinProblem.UNKNOWN_PREFIX);
        }
        return Optional.empty();
    }

    private static boolean isEin(String digits) {
        return EIN_PREFIXES.contains(digits.substring(0, 2));
    }

    /**
     * The SSA's rules for an SSN: area 001-665 or 667-899 (000, 666 and 9xx are never issued; 9xx
     * are ITINs), group 01-99, serial 0001-9999.
     */
    private static boolean isSsn(String digits) {
        int area = Integer.parseInt(digits.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !digits.startsWith("00", 3) && !digits.startsWith("0000", 5);
    }
}
