package org.tinaccess.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.Theme;

/**
 * The realm's login-theme sentences, in the caller's language, for API answers that say what a
 * page would say (a refused proof of a TIN reads the same in the console as on the request page).
 */
public final class ThemeMessages {

    private final Properties messages;
    private final Locale locale;

    private ThemeMessages(Properties messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static ThemeMessages login(KeycloakSession session, RealmModel realm) {
        try {
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            Locale locale = session.getContext().resolveLocale(null, Theme.Type.LOGIN);
            return new ThemeMessages(theme.getEnhancedMessages(realm, locale), locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence of {@code key} with its arguments, or the key itself when the theme has none. */
    public String get(String key, Object... arguments) {
        return new MessageFormat(messages.getProperty(key, key), locale).format(arguments);
    }
}
