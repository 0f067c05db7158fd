package org.tinaccess.notlisted;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a reviewer closes a "my provider is not listed" request. */
public enum NotListedOutcome {
    /** A representative reached the person and helped them on ("A representative will contact you"). */
    CONTACTED,
    /** Closed without help: unreachable, a duplicate, spam; the note says which. */
    CLOSED;

    static Optional<NotListedOutcome> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(value -> value.name().equals(code.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
