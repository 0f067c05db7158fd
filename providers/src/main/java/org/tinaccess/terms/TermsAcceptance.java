package org.tinaccess.terms;

import java.util.Optional;

/**
 * Whether a person has accepted the terms as they read now. Keycloak's terms action records only
 * when someone accepted ({@code terms_and_conditions}, epoch seconds), not what they read; so when
 * the terms are put to someone, the account also records which version and when
 * ({@value #ASKED}: {@code version@seconds}). An acceptance at or after that time is of that version.
 */
record TermsAcceptance(String askedVersion, long askedAt, Optional<Long> acceptedAt) {

    static final String ASKED = "tinAccess.termsAsked";

    static TermsAcceptance of(String asked, String accepted) {
        String version = "";
        long at = Long.MAX_VALUE;
        if (asked != null && asked.matches("[0-9a-f]+@\\d+")) {
            version = asked.substring(0, asked.indexOf('@'));
            at = Long.parseLong(asked.substring(asked.indexOf('@') + 1));
        }
        Optional<Long> acceptedAt = accepted != null && accepted.matches("\\d+") ? Optional.of(Long.parseLong(accepted)) : Optional.empty();
        return new TermsAcceptance(version, at, acceptedAt);
    }

    /** The value of {@value #ASKED} when {@code version} is put to someone at {@code seconds}. */
    static String asked(String version, long seconds) {
        return version + "@" + seconds;
    }

    boolean accepted(String currentVersion) {
        return currentVersion.equals(askedVersion) && acceptedAt.filter(at -> at >= askedAt).isPresent();
    }

    /** Already asked for {@code currentVersion} and not answered yet: nothing to record again. */
    boolean awaiting(String currentVersion, boolean termsPending) {
        return termsPending && currentVersion.equals(askedVersion);
    }
}
