package org.tinaccess.tin;

/** Why an input is not a {@link Tin}; each maps to a message in the theme's bundle. */
public enum TinProblem {
    MISSING("tinMissing"),
    NOT_NINE_DIGITS("tinNotNineDigits"),
    PLACEHOLDER("tinPlaceholder"),
    UNKNOWN_PREFIX("tinUnknownPrefix");

    private final String messageKey;

    TinProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
