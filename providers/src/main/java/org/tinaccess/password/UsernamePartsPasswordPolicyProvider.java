package org.tinaccess.password;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * The plan's "No parts of your username": Keycloak's {@code notUsername} only refuses the whole
 * username, so {@code jane.doe@clinic.org} would accept {@code Clinic2024!}. This refuses any part
 * of three or more characters, split on non-alphanumerics, ignoring case.
 */
public class UsernamePartsPasswordPolicyProvider implements PasswordPolicyProvider {

    public static final String ERROR_MESSAGE = "invalidPasswordUsernamePartsMessage";
    static final int MIN_PART_LENGTH = 3;

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        PolicyError byUsername = validate(user.getUsername(), password);
        return byUsername != null ? byUsername : validate(user.getEmail(), password);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return containedPart(username, password).map(part -> new PolicyError(ERROR_MESSAGE)).orElse(null);
    }

    /** The first part of {@code username} found in {@code password}, if any. */
    static Optional<String> containedPart(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        return Arrays.stream(username.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+"))
                .filter(part -> part.length() >= MIN_PART_LENGTH)
                .filter(lowerPassword::contains)
                .findFirst();
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public void close() {
        // stateless
    }
}
