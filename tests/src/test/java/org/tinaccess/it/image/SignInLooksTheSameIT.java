package org.tinaccess.it.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * OWASP ASVS 5.0 6.3.8, no enumeration: what an unknown e-mail sees after the e-mail step and after
 * a password cannot be told from what a real, invited (no password yet), disabled or locked account
 * sees. Whole responses are compared (status, markup, cookies), with only the per-request values
 * (session codes, tab ids), the typed e-mail and the picture and caption blanked; the picture and
 * caption are checked to come from the lists a person chooses from.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInLooksTheSameIT {

    private final Map<String, String> accounts = new LinkedHashMap<>();
    private Set<String> captions;

    @BeforeAll
    void accounts(TinAccessServer server) {
        accounts.put("real", FactorHolders.create(server, Factor.APP).email());
        accounts.put("unknown", RealmUsers.uniqueEmail("unknown"));
        accounts.put("invited, no password yet", invitedWithoutPassword(server));
        String disabled = FactorHolders.create(server, Factor.APP).email();
        disable(server, disabled);
        accounts.put("disabled", disabled);
        String locked = FactorHolders.create(server, Factor.APP).email();
        lockOut(server, locked);
        accounts.put("locked", locked);
        captions = chooserCaptions(server);
    }

    @Test
    void theSecurityImagePageIsTheSameForEveryKindOfAccount(TinAccessServer server) {
        Map<String, String> pages = accounts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                account -> normalised(imagePage(server, account.getValue()), account.getValue()), (a, b) -> a, LinkedHashMap::new));

        assertAllEqual(pages);
    }

    @Test
    void aWrongPasswordGetsTheSameAnswerForEveryKindOfAccount(TinAccessServer server) {
        Map<String, String> pages = new LinkedHashMap<>();
        accounts.forEach((kind, email) -> pages.put(kind, normalised(password(server, email, "Wrong-Password-7"), email)));
        pages.put("disabled, right password", normalised(password(server, accounts.get("disabled"), RealmUsers.PASSWORD), accounts.get("disabled")));
        pages.put("locked, right password", normalised(password(server, accounts.get("locked"), RealmUsers.PASSWORD), accounts.get("locked")));

        assertAllEqual(pages);
    }

    private static void assertAllEqual(Map<String, String> pages) {
        String reference = pages.get("unknown");
        pages.forEach((kind, page) -> assertEquals(reference, page, kind + " differs from an unknown e-mail"));
    }

    private static WebSession.Page imagePage(TinAccessServer server, String email) {
        WebSession browser = new WebSession(server.baseUrl());
        return LoginPages.imagePageFor(browser, browser.get(new PortalClient(server).authorizationUrl()), email);
    }

    private static WebSession.Page password(TinAccessServer server, String email, String password) {
        WebSession browser = new WebSession(server.baseUrl());
        return LoginPages.signIn(browser, browser.get(new PortalClient(server).authorizationUrl()), email, password);
    }

    /** Status, markup and cookies, with what legitimately differs per request or per account blanked. */
    private String normalised(WebSession.Page page, String email) {
        Document document = page.document();
        Element image = document.selectFirst("#ta-security-image img");
        Element caption = document.selectFirst("#ta-security-caption");
        if (image != null && caption != null) {
            assertTrue(image.attr("src").matches(".*/img/security/[a-z]+\\.svg"), image.attr("src"));
            assertTrue(captions.contains(caption.text()), "\"" + caption.text() + "\" is one of the captions people choose from");
            image.attr("src", "IMAGE").attr("alt", "IMAGE");
            caption.text("CAPTION");
        }
        String markup = document.outerHtml()
                .replace(email, "EMAIL")
                .replaceAll("(session_code|execution|tab_id|client_data|client_id|kc_locale)=[^&\"]*", "$1=X");
        String cookies = page.setCookies().stream()
                .map(header -> header.replaceFirst("=[^;]*", "=X").replaceAll("Expires=[^;]*", "Expires=X"))
                .sorted()
                .collect(Collectors.joining("\n"));
        return page.status() + "\n" + cookies + "\n" + markup;
    }

    private static String invitedWithoutPassword(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("invited");
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        server.realm().users().create(user).close();
        return email;
    }

    private static void disable(TinAccessServer server, String email) {
        UserRepresentation user = server.realm().users().searchByEmail(email, true).get(0);
        user.setEnabled(false);
        server.realm().users().get(user.getId()).update(user);
    }

    private static void lockOut(TinAccessServer server, String email) {
        for (int i = 0; i < 5; i++) {
            password(server, email, "Guessed-Wrong-" + i);
        }
        String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
        Await.until("the lockout of " + email, Duration.ofSeconds(10), () -> server.realm().attackDetection().bruteForceUserStatus(userId),
                status -> Boolean.TRUE.equals(status.get("disabled")));
    }

    /** The captions the image chooser offers, read from a new account's first sign-in. */
    private static Set<String> chooserCaptions(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("chooser");
        RealmUsers.create(server, email, RealmUsers.PASSWORD);
        WebSession.Page chooser = password(server, email, RealmUsers.PASSWORD);
        List<String> options = chooser.document().select("#ta-security-image-form select[name=caption] option[value]").stream()
                .filter(option -> !option.val().isEmpty())
                .map(Element::text)
                .toList();
        assertTrue(options.size() >= 32, "a list of captions to choose from:\n" + chooser.body());
        return Set.copyOf(options);
    }
}
