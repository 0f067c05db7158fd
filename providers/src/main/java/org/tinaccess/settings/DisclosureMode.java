package org.tinaccess.settings;

import java.util.Arrays;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * When a requester learns that a TIN already has an admin. {@code AT_REVIEW} is the default
 * because telling it on the request page reveals which TINs are registered with the plan.
 */
public enum DisclosureMode {
    AT_REVIEW("at-review"),
    IMMEDIATE("immediate");

    private static final Logger LOG = Logger.getLogger(DisclosureMode.class);

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

    /** A configured value; blank means the default and a typo must not switch to the revealing mode. */
    public static DisclosureMode fromConfig(String raw) {
        if (raw == null || raw.isBlank()) {
            return AT_REVIEW;
        }
        return fromValue(raw.strip()).orElseGet(() -> {
            LOG.warnf("Unknown TIN disclosure mode '%s'; using '%s'", raw, AT_REVIEW.value());
            return AT_REVIEW;
        });
    }
}
