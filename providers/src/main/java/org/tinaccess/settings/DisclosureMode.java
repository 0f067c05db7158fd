package org.tinaccess.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * When a requester learns that a TIN already has an admin. {@code AT_REVIEW} is the default
 * because telling it on the request page reveals which TINs are registered with the plan.
 */
public enum DisclosureMode {
    AT_REVIEW("at-review"),
    IMMEDIATE("immediate");

    private final String value;

    DisclosureMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<DisclosureMode> fromValue(String value) {
        return Arrays.stream(values()).filter(mode -> mode.value.equals(value)).findFirst();
    }
}
