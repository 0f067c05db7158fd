package org.tinaccess.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * How people reach the plan's Provider Assistance Center (realm attributes), shown wherever a page
 * or a mail says "call the Provider Assistance Center": phone numbers, TTY numbers, opening hours
 * and a help page. Each part is optional; what is not set is not shown.
 *
 * @param phones voice numbers, in the order the plan lists them ("715-631-7412 or 855-931-4851")
 * @param tty numbers for callers who use a text telephone
 * @param hours free text such as "8 a.m. to 5 p.m. Central, Monday – Friday"
 * @param url an absolute http(s) address of the plan's help page, or empty
 * @param email an e-mail address people may write to, or empty
 */
public record HelpContacts(List<String> phones, List<String> tty, String hours, String url, String email) {

    public static final String PHONES = "tinAccess.helpPhones";
    public static final String TTY = "tinAccess.helpTty";
    public static final String HOURS = "tinAccess.helpHours";
    public static final String URL = "tinAccess.helpUrl";
    public static final String EMAIL = "tinAccess.helpEmail";

    private static final Logger LOG = Logger.getLogger(HelpContacts.class);

    public static HelpContacts of(RealmModel realm) {
        return of(realm, HelpAudience.PROVIDERS);
    }

    public static HelpContacts of(RealmModel realm, HelpAudience audience) {
        return from(realm::getAttribute, audience);
    }

    public static HelpContacts from(Function<String, String> attributes) {
        return from(attributes, HelpAudience.PROVIDERS);
    }

    /**
     * The audience's contacts: each part its own setting when the plan set one (a line for agents),
     * else the providers' ({@code tinAccess.helpPhones}, …).
     */
    public static HelpContacts from(Function<String, String> attributes, HelpAudience audience) {
        Function<String, String> own = key -> {
            String value = attributes.apply(audience.key(key));
            return value == null || value.isBlank() ? attributes.apply(key) : value;
        };
        return new HelpContacts(list(own.apply(PHONES)), list(own.apply(TTY)), text(own.apply(HOURS)), webAddress(own.apply(URL)),
                mailAddress(own.apply(EMAIL)));
    }

    /** Whether there is anything to show beyond the words "Provider Assistance Center". */
    public boolean isPresent() {
        return !phones.isEmpty() || !tty.isEmpty() || !url.isEmpty() || !email.isEmpty();
    }

    private static List<String> list(String raw) {
        return raw == null ? List.of() : Arrays.stream(raw.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String text(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** Only a plain address is shown (it lands in a {@code mailto:} link): nothing with spaces, quotes or a second {@code @}. */
    private static String mailAddress(String raw) {
        String value = text(raw);
        if (value.isEmpty() || value.matches("[^@\\s\"'<>]+@[^@\\s\"'<>]+\\.[^@\\s\"'<>]+")) {
            return value;
        }
        LOG.warnf("Invalid %s '%s' (expected an e-mail address); not shown", EMAIL, raw);
        return "";
    }

    /**
     * Only an absolute http(s) address is linked: the value lands in an {@code href} of pages and
     * mails, where anything else (a {@code javascript:} address, a relative path) would be a hazard
     * or a broken link.
     */
    private static String webAddress(String raw) {
        String value = text(raw);
        if (value.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(value);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // fall through: not shown
        }
        LOG.warnf("Invalid %s '%s' (expected an absolute http or https address); not shown", URL, raw);
        return "";
    }
}
