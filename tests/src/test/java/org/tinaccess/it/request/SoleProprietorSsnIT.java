package org.tinaccess.it.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The TIN is the number the provider bills under, for a sole proprietor an SSN. A realm
 * that allows it ({@code tinAccess.ssnAsTin=on}) takes one on the request pages, and shows it masked
 * like an EIN; by default the pages take EINs only.
 */
@IntegrationTest
class SoleProprietorSsnIT {

    @Test
    void anSsnIsTakenOnlyWhereTheRealmAllowsItShownInItsOwnLayoutAndMaskedLikeAnEin(TinAccessServer server) {
        String ssn = TestTins.nextSsn();
        String digits = ssn.replace("-", "");
        RequestAccessPages refused = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("ssn-off")));
        assertTrue(refused.addTin(ssn).fieldError("tin").contains("does not start like"), "EINs only by default");

        String email = RealmUsers.uniqueEmail("sole-proprietor");
        String reference;
        setSsnAsTin(server, "on");
        try {
            List<String> added = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("ssn-shown")))
                    .addTin(digits).addedTins();
            assertEquals(List.of(ssn), added, "shown whole to the requester in an SSN's layout, not an EIN's");
            reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(ssn));
        } finally {
            setSsnAsTin(server, "off");
        }

        assertEquals(digits, TinAccessApi.asNewReviewer(server).findByReference(reference).get("tins").get(0).get("tin").asText());
        String acknowledgement = Mails.text(server.inbox().awaitMessageTo(email));
        assertTrue(acknowledgement.contains("**-***" + digits.substring(5)) && !acknowledgement.contains(digits.substring(3)),
                "masked like an EIN in the mail:\n" + acknowledgement);
    }

    private static void setSsnAsTin(TinAccessServer server, String value) {
        RealmRepresentation realm = server.realm().toRepresentation();
        realm.getAttributes().put("tinAccess.ssnAsTin", value);
        server.realm().update(realm);
    }
}
