package org.tinaccess.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * The plan's terms as Keycloak's terms page shows them: the login theme's {@code termsText}, with
 * the realm's own translation overrides (Realm settings, Localization) on top. Its version is a hash
 * of those words in the realm's default language, so editing the text is all it takes to ask again.
 */
final class TermsText {

    static final String MESSAGE = "termsText";

    private TermsText() {}

    static String version(KeycloakSession session, RealmModel realm) {
        return version(text(session, realm));
    }

    static String version(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(KeycloakSession session, RealmModel realm) {
        Locale locale = realm.getDefaultLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(realm.getDefaultLocale());
        try {
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            return theme.getEnhancedMessages(realm, locale).getProperty(MESSAGE, "");
        } catch (IOException e) {
            throw new UncheckedIOException("The login theme's messages could not be read", e);
        }
    }
}
