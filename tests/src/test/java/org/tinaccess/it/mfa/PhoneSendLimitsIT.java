package org.tinaccess.it.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.EventRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestPhones;
import org.tinaccess.it.support.TestPhones.Phone;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * SMS pumping and toll fraud: codes go only to allowed regions (US and its territories by default),
 * a new code waits for the last one whichever way the page is walked, and each number, person and
 * sign-in gets a bounded number of codes, counted across the cluster. Every refused send is an event.
 */
@IntegrationTest
class PhoneSendLimitsIT {

    /** A signed-in account with no factor yet, at the MFA chooser. */
    private record AtChooser(String userId, WebSession browser, WebSession.Page chooser) {}

    private static AtChooser atChooser(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("pumping");
        String userId = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page page = LoginPages.pastImageChooser(browser,
                LoginPages.signIn(browser, browser.get(new PortalClient(server).authorizationUrl()), email, RealmUsers.PASSWORD));
        assertNotNull(page.document().selectFirst("#ta-mfa-enroll"), page.body());
        return new AtChooser(userId, browser, page);
    }

    @Test
    void goingBackAndTypingAnotherNumberDoesNotSkipTheWait(TinAccessServer server) {
        AtChooser at = atChooser(server);
        Phone first = Phone.next();
        Phone second = Phone.next();
        WebSession.Page codePage = TestPhones.requestCode(at.browser(), at.chooser(), "sms", first);
        WebSession.Page chooser = at.browser().submit(codePage.form("#ta-mfa-phone"), Map.of("back", ""));

        WebSession.Page refused = TestPhones.requestCode(at.browser(), chooser, "sms", second);

        assertTrue(refused.body().contains("wait 30 seconds"), refused.body());
        assertEquals(1, server.phones().messagesTo(first.e164()).size());
        assertEquals(0, server.phones().messagesTo(second.e164()).size());
        assertRefusalRecorded(server, at.userId(), "too_soon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"876", "809", "268", "900", "800", "416"})
    void numbersOutsideTheAllowedRegionsGetNoCode(String areaCode, TinAccessServer server) {
        AtChooser at = atChooser(server);
        Phone phone = Phone.in(areaCode);

        WebSession.Page refused = TestPhones.requestCode(at.browser(), at.chooser(), "sms", phone);

        assertTrue(refused.body().contains("US phone numbers"), refused.body());
        assertEquals(phone.typed(), refused.document().selectFirst("input[name=phone]").val(), "the number is kept to correct");
        assertEquals(0, server.phones().messagesTo(phone.e164()).size());
        assertRefusalRecorded(server, at.userId(), "region");
    }

    @Test
    void usTerritoriesAreAllowedByDefault(TinAccessServer server) {
        Phone puertoRico = Phone.in("787");
        AtChooser at = atChooser(server);

        TestPhones.requestCode(at.browser(), at.chooser(), "sms", puertoRico);

        assertEquals(1, server.phones().messagesTo(puertoRico.e164()).size());
    }

    @Test
    void aNumberGetsNoMoreCodesPerHourThanTheRealmAllows(TinAccessServer server) {
        Phone shared = Phone.next();
        try (RealmSettings limits = RealmSettings.temporarily(server, Map.of("tinAccess.phoneSendsPerHour", "2",
                "tinAccess.phoneCodeInterval", "0"))) {
            for (int person = 0; person < 2; person++) {
                AtChooser at = atChooser(server);
                TestPhones.requestCode(at.browser(), at.chooser(), "voice", shared);
            }
            AtChooser third = atChooser(server);
            WebSession.Page refused = TestPhones.requestCode(third.browser(), third.chooser(), "voice", shared);

            assertTrue(refused.body().contains("Too many codes"), refused.body());
            assertEquals(2, server.phones().messagesTo(shared.e164()).size(), "two accounts, two codes, the third refused");
            assertRefusalRecorded(server, third.userId(), "number_limit");
        }
    }

    @Test
    void onePersonGetsNoMoreCodesPerHourThanTheRealmAllowsWhateverTheNumbers(TinAccessServer server) {
        try (RealmSettings limits = RealmSettings.temporarily(server, Map.of("tinAccess.phoneSendsPerHour", "2",
                "tinAccess.phoneCodeInterval", "0"))) {
            AtChooser at = atChooser(server);
            WebSession.Page page = at.chooser();
            for (int i = 0; i < 2; i++) {
                WebSession.Page codePage = TestPhones.requestCode(at.browser(), page, "sms", Phone.next());
                page = at.browser().submit(codePage.form("#ta-mfa-phone"), Map.of("back", ""));
            }
            Phone third = Phone.next();
            WebSession.Page refused = TestPhones.requestCode(at.browser(), page, "sms", third);

            assertTrue(refused.body().contains("Too many codes"), refused.body());
            assertEquals(0, server.phones().messagesTo(third.e164()).size());
            assertRefusalRecorded(server, at.userId(), "user_limit");
        }
    }

    private static void assertRefusalRecorded(TinAccessServer server, String userId, String reason) {
        List<EventRepresentation> events = server.realm().getEvents(null, null, userId, null, null, null, 0, 100);
        assertTrue(events.stream().anyMatch(event -> "phone_send_refused".equals(event.getError())
                && event.getDetails() != null && reason.equals(event.getDetails().get("reason"))),
                "a phone_send_refused event with reason " + reason + ": " + events.stream().map(e -> e.getType() + "/" + e.getError() + e.getDetails()).toList());
    }
}
