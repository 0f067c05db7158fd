package org.tinaccess.image;

import org.keycloak.models.RealmModel;

/** Realm attribute {@code tinAccess.securityImage}: {@code on} (default) or {@code off} for Keycloak's usual sign-in page. */
public final class SecurityImageSetting {

    static final String ATTRIBUTE = "tinAccess.securityImage";

    private SecurityImageSetting() {}

    public static boolean isOn(RealmModel realm) {
        return !"off".equalsIgnoreCase(String.valueOf(realm.getAttribute(ATTRIBUTE)).strip());
    }
}
