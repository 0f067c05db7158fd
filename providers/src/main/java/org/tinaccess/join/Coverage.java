package org.tinaccess.join;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's "Coverage &amp; State Details": the program the person works in (Medicaid, Medicare or
 * both) and, for Medicaid (a state program), the state. Told to the TIN admin with the request.
 *
 * @param state a USPS code of a state, DC or a territory; {@code null} when none was given
 */
public record Coverage(String program, String state) {

    public static final List<String> PROGRAMS = List.of("medicaid", "medicare", "both");

    /** The states, DC and the territories with Medicaid programs, by USPS code. */
    public static final List<String> STATES = List.of("AL", "AK", "AS", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "GU", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MP", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
            "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VI", "VA", "WA", "WV", "WI", "WY");

    /** The coverage in {@code values} ("program", "state"), or empty with a message key per faulty field in {@code errors}. */
    public static Optional<Coverage> read(Map<String, String> values, Map<String, String> errors) {
        String program = values.getOrDefault("program", "").strip().toLowerCase(Locale.ROOT);
        String state = values.getOrDefault("state", "").strip().toUpperCase(Locale.ROOT);
        if (!PROGRAMS.contains(program)) {
            errors.put("program", "joinProgramRequired");
        }
        if (state.isEmpty() && !"medicare".equals(program) && PROGRAMS.contains(program)) {
            errors.put("state", "joinStateRequired");
        } else if (!state.isEmpty() && !STATES.contains(state)) {
            errors.put("state", "joinStateRequired");
        }
        if (errors.containsKey("program") || errors.containsKey("state")) {
            return Optional.empty();
        }
        return Optional.of(new Coverage(program, state.isEmpty() ? null : state));
    }
}
