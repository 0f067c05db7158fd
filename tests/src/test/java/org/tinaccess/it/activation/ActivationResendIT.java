package org.tinaccess.it.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * "Didn't get your activation e-mail?": a public page sends a new link to an account that waits to be
 * activated; the link before it stops working. The page answers an unknown address, an active account
 * and a waiting one alike, whole response for whole response, and limits how often one address asks.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivationResendIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;

    @BeforeAll
    void reviewer(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
    }

    private String pageUrl() {
        return server.realmUrl() + "/tin-access/activation/resend";
    }

    private WebSession.Page ask(String email) {
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page form = browser.get(pageUrl());
        assertEquals(200, form.status(), form.body());
        return browser.submit(form.form("#ta-resend"), Map.of("email", email));
    }

    private List<MimeMessage> newLinkMails(String email) {
        return server.inbox().messagesTo(email).stream().filter(mail -> Mails.subject(mail).contains("new link to activate")).toList();
    }

    /** The nonce of the account's one working link, as stored (the realm's user profile does not show it). */
    private String nonce(String email) {
        String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
        try (Connection db = server.database().orElseThrow().connect();
                PreparedStatement query = db.prepareStatement("SELECT VALUE FROM USER_ATTRIBUTE WHERE USER_ID = ? AND NAME = ?")) {
            query.setString(1, userId);
            query.setString(2, "tinAccess.activationNonce");
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "a link was issued to " + email);
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Status, markup and cookies, with the typed address blanked. */
    private static String normalised(WebSession.Page page, String email) {
        Document document = page.document();
        String markup = document.outerHtml().replace(email, "EMAIL").replaceAll("(kc_locale)=[^&\"]*", "$1=X");
        String cookies = page.setCookies().stream()
                .map(header -> header.replaceFirst("=[^;]*", "=X").replaceAll("Expires=[^;]*", "Expires=X"))
                .sorted().collect(Collectors.joining("\n"));
        return page.status() + "\n" + cookies + "\n" + markup;
    }

    @Test
    void everyAddressGetsTheSamePageAndOnlyAWaitingAccountAMail() {
        String waiting = RealmUsers.uniqueEmail("resend-waiting");
        PortalUsers.approvedActivationLink(server, reviewer, waiting);
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("unknown", RealmUsers.uniqueEmail("resend-unknown"));
        accounts.put("waiting to be activated", waiting);
        accounts.put("active", FactorHolders.create(server, FactorHolders.Factor.APP).email());

        Map<String, String> pages = new LinkedHashMap<>();
        accounts.forEach((kind, email) -> pages.put(kind, normalised(ask(email), email)));

        String reference = pages.get("unknown");
        assertTrue(reference.startsWith("200\n"), reference);
        assertTrue(reference.contains("spam or junk folder"), reference);
        pages.forEach((kind, page) -> assertEquals(reference, page, kind + " differs from an unknown address"));
        Await.until("the new link to " + waiting, Duration.ofSeconds(30), () -> newLinkMails(waiting), mails -> mails.size() == 1);
        assertEquals(List.of(), newLinkMails(accounts.get("active")), "an active account gets no activation link");
    }

    @Test
    void theNewLinkActivatesAndTheOneBeforeItNoLongerWorks() {
        String email = RealmUsers.uniqueEmail("resend-link");
        String first = PortalUsers.approvedActivationLink(server, reviewer, email);

        ask(email);
        MimeMessage mail = Await.until("the new link", Duration.ofSeconds(30), () -> newLinkMails(email), mails -> mails.size() == 1).get(0);
        String second = Mails.html(mail).selectFirst("a#activate-account").attr("href");

        WebSession.Page old = new WebSession(server.baseUrl()).get(first);
        assertTrue(old.body().contains("no longer valid"), old.body());
        WebSession.Page chooser = PortalUsers.setPasswordThroughLink(new WebSession(server.baseUrl()), second);
        assertNotNull(chooser.document().selectFirst("#ta-security-image-form"), chooser.body());
    }

    @Test
    void oneAddressAsksThreeTimesAnHourAndAWrongAddressIsToldUnderItsField() {
        String email = RealmUsers.uniqueEmail("resend-limit");
        PortalUsers.approvedActivationLink(server, reviewer, email);

        List<String> nonces = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assertEquals(200, ask(email).status());
            nonces.add(nonce(email));
        }
        // A new link replaces the account's nonce when it is issued, before its mail leaves.
        assertEquals(3, nonces.subList(0, 3).stream().distinct().count(), "three asks, three new links: " + nonces);
        assertEquals(nonces.get(2), nonces.get(3), "the fourth ask within the hour issues no link");
        Await.until("three new links", Duration.ofSeconds(30), () -> newLinkMails(email), mails -> mails.size() == 3);

        WebSession.Page wrong = ask("not-an-address");
        assertEquals(400, wrong.status());
        assertNotNull(wrong.document().selectFirst("#input-error-email"), wrong.body());
    }
}
