package org.tinaccess.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/**
 * A person's names and contact details checked by the realm's own user profile (its validators:
 * person-name-prohibited-characters, lengths, the phone pattern), whatever form they came from,
 * so no page or API of ours lets through what Keycloak's own forms would refuse.
 */
public final class PersonProfile {

    /** A refused attribute and the validator's message key (from Keycloak's message bundle). */
    public record Problem(String attribute, String messageKey) {}

    private PersonProfile() {}

    /** The problems of {@code attributes} (e.g. firstName, lastName), checked one by one; uniqueness is not checked. */
    public static List<Problem> problems(KeycloakSession session, Map<String, String> attributes) {
        Map<String, List<String>> values = new HashMap<>();
        attributes.forEach((name, value) -> values.put(name, value == null ? List.of() : List.of(value)));
        UserProfile profile = session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, values);
        List<Problem> problems = new ArrayList<>();
        for (String name : attributes.keySet()) {
            profile.getAttributes().validate(name, error -> problems.add(new Problem(name, error.getMessage())));
        }
        return problems;
    }

    /** Creates the account through the user profile, so its validators run; throws {@link ValidationException} when refused. */
    /**
     * The problems the realm's user profile finds with the names typed into a public form (they may
     * become an account's names), leaving out a name {@code refused} already has a message for.
     */
    public static List<Problem> nameProblems(KeycloakSession session, Map<String, String> typed, Set<String> refused) {
        Map<String, String> names = new HashMap<>();
        for (String field : List.of("firstName", "lastName")) {
            if (!refused.contains(field)) {
                names.put(field, typed.getOrDefault(field, "").strip());
            }
        }
        return problems(session, names);
    }

    static UserModel create(KeycloakSession session, Map<String, String> attributes) {
        Map<String, List<String>> values = new HashMap<>();
        attributes.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, List.of(value));
            }
        });
        return session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, values).create();
    }
}
