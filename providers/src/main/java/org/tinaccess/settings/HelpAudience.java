package org.tinaccess.settings;

/**
 * Whom a page or mail speaks to, for the help line it shows: a plan may staff one line for providers,
 * another for billing services and another for insurance agents. Each audience reads its own
 * settings ({@code tinAccess.helpPhones.agents}, …) and falls back to the providers' ones.
 */
public enum HelpAudience {
    PROVIDERS(""),
    BILLING_SERVICES(".billingServices"),
    AGENTS(".agents");

    private final String suffix;

    HelpAudience(String suffix) {
        this.suffix = suffix;
    }

    /** The setting {@code key} as this audience spells it; the providers' audience is the plain key. */
    public String key(String key) {
        return key + suffix;
    }
}
