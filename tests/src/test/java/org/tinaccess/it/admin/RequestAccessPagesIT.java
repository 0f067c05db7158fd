package org.tinaccess.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/** The request-access pages: bad input gets a clear error and loses nothing; nothing is created twice. */
@OnBothMinors
@IntegrationTest
class RequestAccessPagesIT {

    @Test
    void loginPageOffersRequestAccessInsteadOfRegister(TinAccessServer server) {
        RequestAccessPages pages = RequestAccessPages.open(server);

        assertNotNull(pages.page().document().selectFirst("#ta-request-contact"));
        assertEquals("Request Access, step 1 of 4: Your details", pages.page().document().selectFirst("#kc-page-title").text());
        Element existing = pages.page().document().selectFirst("#ta-existing-account");
        assertNotNull(existing, "someone who already has an account is offered the sign-in page");
        assertEquals("Login with Existing Account", existing.text());
    }

    @Test
    void theTaxIdStepSaysThereIsOneAdminPerTaxIdAndWhomAUserAsks(TinAccessServer server) {
        RequestAccessPages pages = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("note")));

        String text = pages.page().document().text();
        assertTrue(text.contains("Only one Admin is allowed per Tax ID") && text.contains("please contact your Admin"), text);
    }

    @Test
    void contactErrorsAreShownNextToTheirFieldsAndInputIsKept(TinAccessServer server) {
        Map<String, String> contact = RequestAccessPages.contact("jane@");
        contact.put("jobTitle", "");
        contact.put("phone", "555-0123");

        RequestAccessPages pages = RequestAccessPages.open(server).enterContact(contact);

        assertTrue(pages.fieldError("email").contains("valid e-mail"), pages.fieldError("email"));
        assertTrue(pages.fieldError("jobTitle").contains("fill in"), pages.fieldError("jobTitle"));
        assertTrue(pages.fieldError("phone").contains("10-digit"), pages.fieldError("phone"));
        assertEquals("", pages.fieldError("firstName"));
        assertEquals("Jane", pages.value("firstName"));
        assertEquals("jane@", pages.value("email"));
        assertEquals("Northwoods Clinic", pages.value("organization"));
    }

    @Test
    void invalidAndRepeatedTinsAreRefusedAndRemoveTakesATinOff(TinAccessServer server) {
        String tin = TestTins.next();
        RequestAccessPages pages = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("tins")));

        assertTrue(pages.addTin("000000000").fieldError("tin").contains("not a valid"));
        assertTrue(pages.addTin("12-34").fieldError("tin").contains("9 digits"));
        assertTrue(pages.addTin("07-1234567").fieldError("tin").contains("does not start like"));
        assertEquals("07-1234567", pages.value("tin"), "the refused input is kept for correction");
        assertTrue(pages.next().fieldError("tin").contains("at least one"), "Next needs a TIN");

        pages.addTin(tin.substring(0, 2) + "-" + tin.substring(2));
        assertEquals(List.of(tin.substring(0, 2) + "-" + tin.substring(2)), pages.addedTins());
        assertTrue(pages.addTin(tin).fieldError("tin").contains("already added"));
        assertEquals(List.of(), pages.removeTin(tin).addedTins());
    }

    @Test
    void backReturnsToTheContactStepWithEverythingKept(TinAccessServer server) {
        String tin = TestTins.next();
        RequestAccessPages pages = RequestAccessPages.open(server)
                .enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("back")))
                .addTin(tin)
                .back();

        assertEquals("Jane", pages.value("firstName"));
        assertEquals("+17155550123", pages.value("phone"));
        Map<String, String> corrected = RequestAccessPages.contact(pages.value("email"));
        corrected.put("lastName", "Doe-Smith");
        assertEquals(1, pages.enterContact(corrected).addedTins().size(), "the TINs survive a trip back");
        assertTrue(pages.nextToReview().page().body().contains("Doe-Smith"), "the review shows the corrected contact");
    }

    @Test
    void aSecondPendingRequestFromTheSameEmailForTheSameTinIsRefused(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("twice");
        String tin = TestTins.next();
        RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(tin));

        RequestAccessPages again = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(email)).addTin(tin);

        assertTrue(again.fieldError("tin").contains("already have a pending request"), again.fieldError("tin"));
        assertEquals(List.of(), again.addedTins());
    }

    @Test
    void submittingTwiceCreatesOneRequestAndNoAccount(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("double");
        RequestAccessPages pages = RequestAccessPages.open(server)
                .enterContact(RequestAccessPages.contact(email))
                .addTin(TestTins.next())
                .nextToReview();
        Element reviewForm = pages.page().form("#ta-request-review");
        String reference = pages.submit().reference();

        WebSession.Page replay = pages.resubmit(reviewForm);

        assertEquals(reference, replay.document().selectFirst("#ta-reference").text(), "a replayed submit shows the same confirmation");
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        assertEquals(1, reviewer.get("?q=" + email).body().get("total").asInt());
        assertEquals(1, server.inbox().messagesTo(email).size(), "one acknowledgement");
        assertTrue(server.realm().users().searchByEmail(email, true).isEmpty(), "a request creates no Keycloak user");
    }

    @Test
    void aFormPostedWithoutTheBrowsersSessionIsNotProcessed(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("forged");
        RequestAccessPages pages = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(email)).addTin(TestTins.next())
                .nextToReview();
        Element reviewForm = pages.page().form("#ta-request-review");

        // Another site's page posting the same form: the victim's cookies are not sent along.
        WebSession.Page forged = new WebSession(server.baseUrl()).submit(reviewForm, Map.of("action", "submit"));

        assertTrue(forged.document().select("#ta-request-confirmed").isEmpty(), forged.body());
        assertEquals(0, TinAccessApi.asNewReviewer(server).get("?q=" + email).body().get("total").asInt());
    }

    @Test
    void immediateDisclosureRefusesATinThatAlreadyHasAnAdmin(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String tin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("holder")), List.of(tin));
        assertEquals(200, reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin).status());

        AuthenticatorConfigRepresentation config = tinClaimConfig(server);
        config.getConfig().put("disclosure", "immediate");
        server.realm().flows().updateAuthenticatorConfig(config.getId(), config);
        try {
            RequestAccessPages pages = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("asker")));
            assertTrue(pages.addTin(tin).fieldError("tin").contains("already has an Admin"), pages.fieldError("tin"));
            assertEquals("immediate", configValue(server));
        } finally {
            config.getConfig().put("disclosure", "at-review");
            server.realm().flows().updateAuthenticatorConfig(config.getId(), config);
        }
    }

    private static String configValue(TinAccessServer server) {
        return tinClaimConfig(server).getConfig().get("disclosure");
    }

    private static AuthenticatorConfigRepresentation tinClaimConfig(TinAccessServer server) {
        AuthenticationExecutionInfoRepresentation execution = server.realm().flows().getExecutions("request-access").stream()
                .filter(e -> "tin-claim".equals(e.getProviderId()))
                .findFirst()
                .orElseThrow();
        return server.realm().flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
    }
}
