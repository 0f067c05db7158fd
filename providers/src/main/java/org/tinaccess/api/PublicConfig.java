package org.tinaccess.api;

import java.util.List;
import org.keycloak.models.RealmModel;
import org.tinaccess.request.TinClaimConfig;
import org.tinaccess.settings.TinAccessSettings;

/**
 * What any page may know about the realm's TIN Access setup. Holds nothing that tells whether a
 * TIN, provider or person exists.
 */
public record PublicConfig(String realm, List<String> entitlements, String tinDisclosure) {

    static PublicConfig of(RealmModel realm) {
        return new PublicConfig(realm.getName(), TinAccessSettings.from(realm::getAttribute).entitlements(),
                TinClaimConfig.forRealm(realm).disclosure().value());
    }
}
