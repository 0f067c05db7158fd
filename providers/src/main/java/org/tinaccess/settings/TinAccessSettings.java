package org.tinaccess.settings;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The realm's TIN Access settings, read from realm attributes (set in {@code realm-config/}) with
 * the product's defaults. Built per request from the realm, so every cluster node sees a change
 * at once and nothing is cached in the JVM.
 */
public final class TinAccessSettings {

    public static final String ENTITLEMENTS = "tinAccess.entitlements";
    public static final String DISCLOSURE = "tinAccess.disclosure";

    public static final List<String> DEFAULT_ENTITLEMENTS = List.of("eligibility", "claims", "remittance", "authorizations");
    public static final DisclosureMode DEFAULT_DISCLOSURE = DisclosureMode.AT_REVIEW;

    private static final Logger LOG = Logger.getLogger(TinAccessSettings.class);

    private final List<String> entitlements;
    private final DisclosureMode disclosure;

    private TinAccessSettings(List<String> entitlements, DisclosureMode disclosure) {
        this.entitlements = entitlements;
        this.disclosure = disclosure;
    }

    /**
     * @param attributes the realm's attribute lookup, e.g. {@code realm::getAttribute}; taking a
     *     function keeps this class free of Keycloak types and testable without a server
     */
    public static TinAccessSettings from(Function<String, String> attributes) {
        return new TinAccessSettings(entitlements(attributes.apply(ENTITLEMENTS)), disclosure(attributes.apply(DISCLOSURE)));
    }

    public List<String> entitlements() {
        return entitlements;
    }

    public DisclosureMode disclosure() {
        return disclosure;
    }

    private static List<String> entitlements(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_ENTITLEMENTS;
        }
        List<String> names = Arrays.stream(raw.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        return names.isEmpty() ? DEFAULT_ENTITLEMENTS : names;
    }

    private static DisclosureMode disclosure(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_DISCLOSURE;
        }
        return DisclosureMode.fromValue(raw.trim()).orElseGet(() -> {
            // A typo must not silently switch to the mode that reveals registered TINs.
            LOG.warnf("Unknown %s value '%s'; using '%s'", DISCLOSURE, raw, DEFAULT_DISCLOSURE.value());
            return DEFAULT_DISCLOSURE;
        });
    }
}
