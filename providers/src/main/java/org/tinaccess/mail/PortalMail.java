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
import org.keycloak.models.UserModel;
import org.keycloak.theme.FreeMarkerException;
import org.keycloak.theme.Theme;
import org.keycloak.theme.beans.MessageFormatterMethod;
import org.keycloak.theme.freemarker.FreeMarkerProvider;
import org.tinaccess.settings.HelpAudience;
import org.tinaccess.settings.HelpContacts;

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

    private final HelpAudience audience;

    public PortalMail(KeycloakSession session, RealmModel realm) {
        this(session, realm, HelpAudience.PROVIDERS);
    }

    private PortalMail(KeycloakSession session, RealmModel realm, HelpAudience audience) {
        this.session = session;
        this.realm = realm;
        this.audience = audience;
    }

    /** The same mail with the help line of {@code audience} under its signature (billing services, agents). */
    public PortalMail to(HelpAudience audience) {
        return new PortalMail(session, realm, audience);
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
     * The account console's My Tax IDs page, as the current request reached the server: where mails
     * send a person to answer. A scheduled job has no request, so its mails name the page instead.
     */
    public String myTaxIdsUrl() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("account")
                .path("tin-access").path("tins").build().toString();
    }

    /** A person's name as mails and pages write it: first and last, a missing one left out. */
    public static String name(UserModel user) {
        return ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    }

    /**
     * As {@link #sendAfterCommit}, to {@code person}'s own address with their first name for the
     * greeting ({@code firstName}); nothing for someone gone or without an address.
     */
    public void toPersonAfterCommit(UserModel person, String subjectKey, String template, Map<String, Object> attributes) {
        if (person == null || person.getEmail() == null) {
            return;
        }
        Map<String, Object> all = new HashMap<>(attributes);
        all.put("firstName", person.getFirstName() == null ? "" : person.getFirstName());
        sendAfterCommit(person.getEmail(), subjectKey, List.of(), template, all);
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
            Rendering rendering = rendering();
            String subject = new MessageFormat(rendering.messages().getProperty(subjectKey, subjectKey), rendering.locale())
                    .format(subjectArguments.toArray());
            Map<String, Object> withTitle = new HashMap<>(attributes);
            withTitle.put("mailTitle", subject);
            String text = process(rendering, "text/" + template, withTitle);
            String html = process(rendering, "html/" + template, withTitle);
            session.getProvider(EmailSenderProvider.class).send(realm.getSmtpConfig(), address, subject, text, html);
            return true;
        } catch (IOException | FreeMarkerException | EmailException e) {
            LOG.errorf(e, "Could not send the %s e-mail", template);
            return false;
        }
    }

    /**
     * A template of the e-mail theme (path under the theme, e.g. {@code letter/pin-letter.ftl}),
     * rendered as a mail would be: for what is not e-mailed but worded like our mails (the PIN
     * letter), so its words live in the theme too.
     */
    public String render(String templatePath, Map<String, Object> attributes) throws IOException, FreeMarkerException {
        return process(rendering(), templatePath, attributes);
    }

    private Rendering rendering() throws IOException {
        // By name: a scheduled job's session has no request for the theme selector to go by.
        String themeName = realm.getEmailTheme() == null || realm.getEmailTheme().isBlank() ? "keycloak" : realm.getEmailTheme();
        Theme theme = session.theme().getTheme(themeName, Theme.Type.EMAIL);
        Locale locale = locale();
        return new Rendering(theme, locale, theme.getEnhancedMessages(realm, locale));
    }

    /** The realm's e-mail theme in the request's locale. */
    private record Rendering(Theme theme, Locale locale, Properties messages) {}

    private String process(Rendering rendering, String template, Map<String, Object> attributes) throws IOException, FreeMarkerException {
        Map<String, Object> model = new HashMap<>(attributes);
        model.put("msg", new MessageFormatterMethod(rendering.locale(), rendering.messages()));
        model.put("locale", rendering.locale());
        model.put("ltr", true);
        model.put("realmName", realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName());
        model.put("properties", rendering.theme().getProperties());
        model.put("helpContacts", HelpContacts.of(realm, audience));
        return session.getProvider(FreeMarkerProvider.class).processTemplate(model, template, rendering.theme());
    }
}
