package org.tinaccess.rest;

import java.util.List;
import org.tinaccess.settings.TinAccessSettings;

/**
 * What any page may know about the realm's TIN Access setup. Holds nothing that tells whether a
 * TIN, provider or person exists.
 */
public record PublicConfig(String realm, List<String> entitlements, String tinDisclosure) {

    static PublicConfig of(String realm, TinAccessSettings settings) {
        return new PublicConfig(realm, settings.entitlements(), settings.disclosure().value());
    }
}
