package org.tinaccess.it.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.EventRepresentation;
import org.tinaccess.it.support.AdminEvents;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.NotListedPages;
import org.tinaccess.it.support.RealmSettings;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;
import org.tinaccess.settings.FormLimits;

/**
 * "My organization's name is not listed. What do I do? Choose 'My provider is not listed'
 * and complete the form. A representative will contact you to assist you." The form on the join
 * page, its acknowledgement, the reviewers' list and closing a request once the person was contacted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotListedIT {

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private TinAccessApi requests;

    @BeforeAll
    void aReviewer(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.requests = TinAccessApi.at(server, "/not-listed-requests", reviewer.token());
    }

    @Test
    void aPersonWhoseProviderIsNotListedIsAcknowledgedAndAReviewerClosesTheRequestOnceContacted() {
        String email = RealmUsers.uniqueEmail("not-listed");
        String tin = TestTins.next();
        String npi = TestNpis.next();
        Map<String, String> values = NotListedPages.person(email);
        values.put("tin", tin.substring(0, 2) + "-" + tin.substring(2));
        values.put("npi", npi);

        NotListedPages pages = NotListedPages.open(server);
        assertTrue(pages.page().document().title().startsWith("My provider is not listed"), pages.page().document().title());
        String reference = pages.submit(values).reference();

        assertEquals(200, pages.page().status());
        assertTrue(pages.page().document().title().startsWith("Request received"), pages.page().document().title());
        assertTrue(pages.page().body().contains("A representative will contact you"), pages.page().body());
        MimeMessage acknowledgement = server.inbox().awaitMessageTo(email);
        assertTrue(Mails.subject(acknowledgement).contains(reference), Mails.subject(acknowledgement));
        String text = Mails.text(acknowledgement);
        assertTrue(text.contains("A representative will contact you to assist you."), text);
        assertTrue(text.contains("Northwoods Rural Health"), text);
        assertTrue(text.contains("715-631-7412"), "the realm's help contacts:\n" + text);

        List<EventRepresentation> submitted = server.realm().getEvents(List.of("REGISTER"), null, null, null, null, null, 0, 500);
        assertTrue(submitted.stream().anyMatch(event -> event.getDetails() != null && "not_listed".equals(event.getDetails().get("form"))
                && reference.equals(event.getDetails().get("reference"))), "a REGISTER event for " + reference);

        JsonNode open = find(requests.get("?status=open&max=100").body(), reference);
        assertEquals("open", open.get("status").asText());
        assertEquals(tin, open.get("tin").asText());
        assertEquals(npi, open.get("npi").asText());
        assertEquals("Northwoods Rural Health", open.get("organization").asText());
        assertEquals("medicaid", open.get("program").asText());
        assertEquals("WI", open.get("state").asText());
        assertTrue(open.get("phone").asText().replaceAll("[^0-9]", "").endsWith("7155550187"), open.get("phone").asText());
        String id = open.get("id").asText();
        assertEquals(reference, requests.get("/" + id).body().get("reference").asText());

        assertEquals("note_required", requests.post("/" + id + "/close", "{\"outcome\":\"contacted\"}").body().path("error").asText());
        assertEquals("invalid_outcome", requests.post("/" + id + "/close", "{\"outcome\":\"approved\",\"note\":\"x\"}").body().path("error").asText());
        TinAccessApi.Answer closed = requests.post("/" + id + "/close", "{\"outcome\":\"contacted\",\"note\":\"Called Robin; enrolment sent.\"}");

        assertEquals(200, closed.status(), closed.toString());
        assertEquals("closed", closed.body().get("status").asText());
        assertEquals("contacted", closed.body().get("closed").get("outcome").asText());
        assertEquals("Called Robin; enrolment sent.", closed.body().get("closed").get("note").asText());
        assertEquals(server.realm().users().get(reviewer.userId()).toRepresentation().getUsername(),
                closed.body().get("closed").get("by").asText());
        assertTrue(closed.body().get("closed").get("at").asLong() >= open.get("receivedAt").asLong());
        assertEquals(409, requests.post("/" + id + "/close", "{\"outcome\":\"closed\",\"note\":\"again\"}").status(), "closed once");
        assertTrue(requests.get("?status=open&max=100").body().get("items").findValuesAsText("reference").stream().noneMatch(reference::equals));
        assertEquals("closed", find(requests.get("?status=closed&max=100").body(), reference).get("status").asText());
        assertEquals(400, requests.get("?status=decided").status());

        AdminEvents.Found found = AdminEvents.query(server, "resourcePath=tin-access/not-listed-requests/" + id);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.events().size(), found.body());
        assertEquals("TIN_ACCESS_NOT_LISTED_REQUEST", found.events().get(0).getDetails().get("tinAccessKind"));
        assertEquals("contacted", found.events().get(0).getDetails().get("outcome"));
        assertEquals(reviewer.userId(), found.events().get(0).getAuthDetails().getUserId());
    }

    @Test
    void everyInvalidFieldComesBackWithItsMessageAndKeepsWhatWasTyped() {
        String email = "not-an-address";
        Map<String, String> values = NotListedPages.person(email);
        values.put("firstName", "");
        values.put("phone", "555-01");
        values.put("organization", "");
        values.put("tin", "12-34");
        values.put("npi", "1234567890");
        values.put("state", "");
        values.put("message", "m".repeat(501));

        NotListedPages pages = NotListedPages.open(server).submit(values);

        assertEquals(400, pages.page().status());
        assertTrue(pages.fieldError("firstName").contains("fill in"), pages.fieldError("firstName"));
        assertTrue(pages.fieldError("email").contains("valid e-mail"), pages.fieldError("email"));
        assertTrue(pages.fieldError("phone").contains("10-digit"), pages.fieldError("phone"));
        assertTrue(pages.fieldError("organization").contains("fill in"), pages.fieldError("organization"));
        assertTrue(pages.fieldError("tin").contains("9 digits"), pages.fieldError("tin"));
        assertTrue(pages.fieldError("npi").contains("check digit"), pages.fieldError("npi"));
        assertTrue(pages.fieldError("state").contains("state of your Medicaid"), pages.fieldError("state"));
        assertTrue(pages.fieldError("message").contains("500"), pages.fieldError("message"));
        for (String field : List.of("email", "phone", "tin", "npi", "lastName", "program", "message")) {
            assertEquals(values.get(field), pages.value(field), field + " is kept");
        }
        // Each error is the description of its field, and the first field in error takes the focus.
        assertTrue(pages.page().document().selectFirst("#tin").attr("aria-describedby").contains("input-error-tin"));
        assertEquals("true", pages.page().document().selectFirst("#npi").attr("aria-invalid"));
        assertTrue(pages.page().document().selectFirst("#firstName").hasAttr("autofocus"));
        assertEquals(1, pages.page().document().select("[autofocus]").size());

        Map<String, String> noProgram = NotListedPages.person(RealmUsers.uniqueEmail("no-program"));
        noProgram.put("tin", "00-0000000");
        NotListedPages again = NotListedPages.open(server).submit(noProgramWithout(noProgram));
        assertTrue(again.fieldError("program").contains("Medicaid, Medicare or Both"), again.page().body());
        assertTrue(again.fieldError("tin").contains("not a valid Tax ID"), again.fieldError("tin"));
        assertTrue(server.inbox().messagesTo(noProgram.get("email")).isEmpty(), "nothing was sent");
        assertTrue(requests.get("?status=all&max=100").body().get("items").findValuesAsText("email").stream()
                .noneMatch(noProgram.get("email")::equals), "nothing was stored");
    }

    private static Map<String, String> noProgramWithout(Map<String, String> values) {
        values.put("program", "");
        return values;
    }

    @Test
    void aKnownTinOrganizationAndEmailGetTheSameAnswerAsUnknownOnes() {
        // A registered provider: its TIN has an admin, its name is an Organization, its admin's e-mail an account.
        String knownEmail = RealmUsers.uniqueEmail("known-admin");
        String knownTin = TestTins.next();
        String knownName = "Known Clinic " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> contact = RequestAccessPages.contact(knownEmail);
        contact.put("organization", knownName);
        String admission = RequestAccessPages.open(server).requestAdminAccess(contact, List.of(knownTin));
        assertEquals(200, reviewer.approve(reviewer.findByReference(admission).get("id").asText(), knownTin).status());
        server.inbox().awaitMessagesTo(knownEmail, 2);

        Map<String, String> known = NotListedPages.person(knownEmail);
        known.put("tin", knownTin);
        known.put("organization", knownName);
        Map<String, String> unknown = NotListedPages.person(RealmUsers.uniqueEmail("unknown-person"));
        unknown.put("tin", TestTins.next());
        unknown.put("organization", "Unknown Clinic " + UUID.randomUUID().toString().substring(0, 6));

        NotListedPages knownPage = NotListedPages.open(server).submit(known);
        NotListedPages unknownPage = NotListedPages.open(server).submit(unknown);

        assertEquals(unknownPage.page().status(), knownPage.page().status());
        assertEquals(without(unknownPage.page().document().selectFirst("main, body").text(), unknownPage.reference()),
                without(knownPage.page().document().selectFirst("main, body").text(), knownPage.reference()));
        MimeMessage knownMail = server.inbox().awaitMessagesTo(knownEmail, 3).get(2);
        MimeMessage unknownMail = server.inbox().awaitMessageTo(unknown.get("email"));
        assertEquals(without(Mails.text(unknownMail), unknownPage.reference(), unknown.get("organization")),
                without(Mails.text(knownMail), knownPage.reference(), knownName));
    }

    @Test
    void aFloodFromOneAddressIsRefusedWith429AndTheFormComesBackWithWhatWasTyped() {
        try (RealmSettings limits = RealmSettings.temporarily(server, Map.of(FormLimits.PER_ADDRESS_PER_HOUR, "1"))) {
            NotListedPages.open(server).submit(NotListedPages.person(RealmUsers.uniqueEmail("flood-first")));
            String email = RealmUsers.uniqueEmail("flood-second");

            NotListedPages refused = NotListedPages.open(server).submit(NotListedPages.person(email));

            assertEquals(429, refused.page().status(), refused.page().body());
            assertTrue(refused.page().body().contains("too many requests"), refused.page().body());
            assertEquals(email, refused.value("email"), "the form comes back to try later");
            assertTrue(server.inbox().messagesTo(email).isEmpty());
            List<EventRepresentation> events = server.realm().getEvents(List.of("REGISTER_ERROR"), null, null, null, null, null, 0, 500);
            assertTrue(events.stream().anyMatch(event -> "form_limit".equals(event.getError()) && event.getDetails() != null
                    && "not_listed".equals(event.getDetails().get("form")) && email.equals(event.getDetails().get("email"))),
                    "a REGISTER_ERROR event form_limit for " + email);
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndNothingIsStored() {
        String email = RealmUsers.uniqueEmail("forged");
        NotListedPages pages = NotListedPages.open(server);

        WebSession.Page forged = new WebSession(server.baseUrl()).submit(pages.page().form("#ta-not-listed"), NotListedPages.person(email));

        assertEquals(400, forged.status());
        assertTrue(forged.body().contains("expired"), forged.body());
        assertTrue(requests.get("?status=all&max=100").body().get("items").findValuesAsText("email").stream().noneMatch(email::equals));
    }

    private static String without(String text, String... parts) {
        String result = text;
        for (String part : parts) {
            result = result.replace(part, "…");
        }
        return result;
    }

    private static JsonNode find(JsonNode page, String reference) {
        for (JsonNode item : page.get("items")) {
            if (reference.equals(item.get("reference").asText())) {
                return item;
            }
        }
        throw new AssertionError(reference + " not in " + page);
    }
}
