package org.tinaccess.it.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TermsOfUse;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;
import org.tinaccess.it.support.WebSession;

/**
 * The plan's "Accept & Login": the plan's terms of use, Keycloak's own terms page with the theme's
 * words, are the last step before anyone's first use, and are put again when their words change
 * (here through the realm's translation overrides, where a plan edits them without a new theme).
 */
@OnBothMinors
@IntegrationTest
class TermsOfUseIT {

    @Test
    void activationEndsWithTheTermsAndOnceAcceptedTheyAreNotAskedAgain(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String email = RealmUsers.uniqueEmail("terms-admin");
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page chooser = LoginPages.pastImageChooser(browser,
                PortalUsers.setPasswordThroughLink(browser, PortalUsers.approvedActivationLink(server, reviewer, email)));
        Element totpForm = browser.submit(chooser.form("#ta-mfa-enroll"), Map.of("method", "app"), java.util.Set.of("recoveryCodes"))
                .form("#kc-totp-settings-form");
        String secret = totpForm.selectFirst("#totpSecret").val();
        WebSession.Page terms = browser.submit(totpForm, Map.of("totp", Totp.code(secret, 0), "userLabel", "phone"));

        assertTrue(TermsOfUse.isTermsPage(terms), "the terms come before the portal:\n" + terms.body());
        assertTrue(terms.document().title().startsWith(TermsOfUse.TITLE), terms.document().title());
        assertTrue(terms.document().text().contains("Accounts are never shared"), "the plan's words, not Keycloak's placeholder");
        assertNull(terms.leftServerTo());
        WebSession.Page updated = TermsOfUse.accept(browser, terms);
        assertNotNull(updated.document().selectFirst("a[href^='" + server.portalUrl() + "']"), "accepted: the way to the portal\n" + updated.body());

        UserRepresentation user = server.realm().users().search(email, true).get(0);
        assertNotNull(user.getAttributes().get("terms_and_conditions"), "Keycloak's record of the acceptance");
        // The version put is ours, outside the realm's user profile (the admin API does not show it): its proof is that it holds.
        PortalUsers.signIn(server, email, secret);
    }

    @Test
    void changedTermsAreAskedAgainAtTheNextSignInThenNoMore(TinAccessServer server) {
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.APP);
        PortalUsers.signIn(server, person.email(), RealmUsers.PASSWORD, person.totpSecret());
        try (ChangedTerms ignored = ChangedTerms.to(server, "<p>Revised terms: each office keeps a list of who holds an account.</p>")) {
            WebSession browser = new WebSession(server.baseUrl());
            WebSession.Page terms = afterSecondFactor(server, browser, person);
            assertTrue(TermsOfUse.isTermsPage(terms), "new words, asked again:\n" + terms.body());
            assertTrue(terms.document().text().contains("each office keeps a list"), terms.document().text());
            assertNotNull(TermsOfUse.accept(browser, terms).leftServerTo());

            PortalUsers.signIn(server, person.email(), RealmUsers.PASSWORD, person.totpSecret());
        }
    }

    @Test
    void aSessionBegunBeforeTheTermsChangedRefreshesNoTokenUntilThePersonAcceptsThem(TinAccessServer server) {
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.APP);
        PortalUsers.SignedIn before = PortalUsers.signIn(server, person.email(), RealmUsers.PASSWORD, person.totpSecret());
        assertEquals(200, PortalUsers.refresh(server, before).getKey(), "refreshes while the terms it accepted stand");
        try (ChangedTerms ignored = ChangedTerms.to(server, "<p>Revised terms: a shared computer is signed out after each use.</p>")) {
            Map.Entry<Integer, JsonNode> refused = PortalUsers.refresh(server, before);

            assertEquals(400, refused.getKey(), refused.getValue().toString());
            assertEquals("invalid_grant", refused.getValue().path("error").asText());
            WebSession browser = new WebSession(server.baseUrl());
            assertNotNull(TermsOfUse.accept(browser, afterSecondFactor(server, browser, person)).leftServerTo());
            PortalUsers.SignedIn after = PortalUsers.signIn(server, person.email(), RealmUsers.PASSWORD, person.totpSecret());
            assertEquals(200, PortalUsers.refresh(server, after).getKey(), "accepted: refreshes again");
        }
    }

    @Test
    void declinedTermsSignNobodyInAndArePutAgainNextTime(TinAccessServer server) {
        FactorHolders.Holder person = FactorHolders.create(server, FactorHolders.Factor.APP);
        try (ChangedTerms ignored = ChangedTerms.to(server, "<p>Revised terms: sessions end after 15 minutes without activity.</p>")) {
            WebSession browser = new WebSession(server.baseUrl());
            WebSession.Page declined = TermsOfUse.decline(browser, afterSecondFactor(server, browser, person));
            String backToPortal = String.valueOf(declined.leftServerTo());
            assertTrue(backToPortal.contains("error=access_denied") && !backToPortal.contains("code="), "declined: no code for the portal: " + backToPortal);
            assertTrue(server.realm().users().get(person.userId()).toRepresentation().getRequiredActions().contains("TERMS_AND_CONDITIONS"));

            WebSession again = new WebSession(server.baseUrl());
            assertTrue(TermsOfUse.isTermsPage(afterSecondFactor(server, again, person)), "put again at the next sign-in");
        }
    }

    private static WebSession.Page afterSecondFactor(TinAccessServer server, WebSession browser, FactorHolders.Holder person) {
        WebSession.Page login = browser.get(new PortalClient(server).authorizationUrl());
        return person.pass(browser, LoginPages.signIn(browser, login, person.email(), RealmUsers.PASSWORD));
    }

    /** The realm's own words for the terms (Realm settings, Localization), removed afterwards. */
    private record ChangedTerms(TinAccessServer server) implements AutoCloseable {

        static ChangedTerms to(TinAccessServer server, String text) {
            server.realm().localization().saveRealmLocalizationText("en", "termsText", text);
            assertEquals(text, server.realm().localization().getRealmLocalizationText("en", "termsText"));
            return new ChangedTerms(server);
        }

        @Override
        public void close() {
            server.realm().localization().deleteRealmLocalizationText("en", "termsText");
        }
    }
}
