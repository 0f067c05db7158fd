package org.tinaccess.mail;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.FreeMarkerException;
import org.keycloak.theme.Theme;
import org.keycloak.theme.beans.MessageFormatterMethod;
import org.keycloak.theme.freemarker.FreeMarkerProvider;

/**
 * Sends one of our e-mails (HTML + plain text) rendered from the realm's e-mail theme. Keycloak's
 * EmailTemplateProvider only mails an existing UserModel; a requester has no account yet, so we
 * render with the same theme machinery (FreeMarkerProvider and MessageFormatterMethod are private
 * SPIs, the only way to reuse the theme's templates and bundle) and send to an address.
 */
public final class PortalMail {

    private static final Logger LOG = Logger.getLogger(PortalMail.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public PortalMail(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The request's locale; a scheduled job has no request, so it uses the realm's default. */
    private Locale locale() {
        try {
            return session.getContext().resolveLocale(null, Theme.Type.EMAIL);
        } catch (RuntimeException noHttpRequest) {
            String tag = realm.getDefaultLocale();
            return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag);
        }
    }

    /**
     * Sends once the current transaction has committed: a mail must never announce a decision
     * that was rolled back.
     */
    public void sendAfterCommit(String address, String subjectKey, List<Object> subjectArguments, String template,
            Map<String, Object> attributes) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                send(address, subjectKey, subjectArguments, template, attributes);
            }

            @Override
            protected void rollbackImpl() {
                // nothing was decided, so nothing is said
            }
        });
    }

    /**
     * Renders {@code html/<template>} and {@code text/<template>} and sends them to {@code address}.
     * A mail that cannot be sent is logged and reported as {@code false}: the decision it tells of
     * stands, and the reviewer can send a new link.
     */
    public boolean send(String address, String subjectKey, List<Object> subjectArguments, String template, Map<String, Object> attributes) {
        try {
            // By name: a scheduled job's session has no request for the theme selector to go by.
            String themeName = realm.getEmailTheme() == null || realm.getEmailTheme().isBlank() ? "keycloak" : realm.getEmailTheme();
            Theme theme = session.theme().getTheme(themeName, Theme.Type.EMAIL);
            Locale locale = locale();
            Properties messages = theme.getEnhancedMessages(realm, locale);
            Map<String, Object> model = new HashMap<>(attributes);
            model.put("msg", new MessageFormatterMethod(locale, messages));
            model.put("locale", locale);
            model.put("ltr", true);
            model.put("realmName", realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName());
            model.put("properties", theme.getProperties());
            FreeMarkerProvider freeMarker = session.getProvider(FreeMarkerProvider.class);
            String subject = new MessageFormat(messages.getProperty(subjectKey, subjectKey), locale).format(subjectArguments.toArray());
            String text = freeMarker.processTemplate(model, "text/" + template, theme);
            String html = freeMarker.processTemplate(model, "html/" + template, theme);
            session.getProvider(EmailSenderProvider.class).send(realm.getSmtpConfig(), address, subject, text, html);
            return true;
        } catch (IOException | FreeMarkerException | EmailException e) {
            LOG.errorf(e, "Could not send the %s e-mail", template);
            return false;
        }
    }
}
