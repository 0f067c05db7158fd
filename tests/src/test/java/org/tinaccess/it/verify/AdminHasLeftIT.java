package org.tinaccess.it.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalSignIns;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * "the person who registered has left": a requester says so on the proof page, proves
 * the TIN with a payment from the plan, and a reviewer moves the TIN to them. The old admin keeps
 * the account, loses the TIN and is told; a reason alone, without a proof, moves nothing.
 */
@IntegrationTest
class AdminHasLeftIT {

    private static final String REASON = "Dr. Alvarez retired in October; I run the office now.";

    @Test
    void aProvedRequesterWhoseAdminHasLeftIsMadeTheAdminByAReviewer(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin old = PortalUsers.newTinAdmin(server, reviewer);
        records(server, reviewer, old.tin(), "V-4242", "CHK-4242");
        String email = RealmUsers.uniqueEmail("successor");

        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), old.tin(),
                withAdminLeft(Map.of("proof", "check", "checkIdType", "vendor", "vendorNumber", "V-4242", "checkNumber", "CHK-4242")));
        JsonNode request = reviewer.findByReference(reference);
        JsonNode line = request.get("tins").get(0);
        assertEquals(REASON, line.get("adminLeftReason").asText());
        assertEquals("verified", line.get("verificationState").asText(), "the payment matched, the TIN has an admin: a reviewer decides");
        String approve = "/" + request.get("id").asText() + "/tins/" + old.tin() + "/approve";

        assertEquals("admin_exists", reviewer.post(approve, null).body().get("error").asText(), "an approval alone never replaces an admin");
        PortalSignIns.Member oldAtThePortal = PortalSignIns.signIn(server, old.admin());
        Instant replacing = Instant.now();
        TinAccessApi.Answer moved = reviewer.post(approve, "{\"replaceAdmin\": true}");

        assertEquals(200, moved.status(), moved.toString());
        oldAtThePortal.awaitSignedOut(replacing, Duration.ofSeconds(2));
        MimeMessage activation = server.inbox().awaitMessagesTo(email, 2).get(1);
        PortalUsers.SignedIn successor = PortalUsers.activateAndSignIn(server, email, activation);
        assertEquals("admin", PortalUsers.refreshedTins(server, successor).get(old.tin()).get("role").asText());
        MimeMessage told = server.inbox().awaitMessagesTo(old.admin().email(), 3).stream()
                .filter(mail -> Mails.subject(mail).contains("no longer the Admin")).findFirst().orElseThrow();
        assertTrue(Mails.text(told).contains("Jane Doe is now the Provider Portal Administrator"), Mails.text(told));
        JsonNode oldTins = PortalUsers.refreshedTins(server, old.admin());
        assertNull(oldTins == null ? null : oldTins.get(old.tin()), "the old admin's membership of the TIN is suspended");
        assertTrue(server.realm().users().get(old.admin().userId()).toRepresentation().isEnabled(), "the old admin's account is untouched");
    }

    @Test
    void withoutAProofOrWithoutTheRequestersWordTheAdminStays(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin held = PortalUsers.newTinAdmin(server, reviewer);
        records(server, reviewer, held.tin(), "V-5151", "CHK-5151");

        String unproved = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("claimant")),
                held.tin(), withAdminLeft(Map.of("proof", "review")));
        String unsaid = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(RealmUsers.uniqueEmail("payer")),
                held.tin(), Map.of("proof", "check", "checkIdType", "vendor", "vendorNumber", "V-5151", "checkNumber", "CHK-5151"));

        assertEquals("proof_required", replace(reviewer, unproved, held.tin()).body().get("error").asText());
        assertEquals("admin_not_left", replace(reviewer, unsaid, held.tin()).body().get("error").asText());
        assertEquals("admin", PortalUsers.refreshedTins(server, held.admin()).get(held.tin()).get("role").asText());
    }

    @Test
    void aTickedBoxWithoutAReasonIsRefusedOnItsFieldAndNothingIsLost(TinAccessServer server) {
        RequestAccessPages pages = RequestAccessPages.open(server).enterContact(RequestAccessPages.contact(RealmUsers.uniqueEmail("terse")))
                .addTin(org.tinaccess.it.support.TestTins.next()).next();

        pages.prove(Map.of("proof", "review", "npis", "", "adminLeft", "on", "adminLeftReason", " "));

        assertTrue(pages.onProofPage(), pages.page().body());
        assertEquals("true", pages.page().document().selectFirst("#adminLeftReason").attr("aria-invalid"));
        assertTrue(pages.page().document().selectFirst("#input-error-adminLeftReason").text().contains("previous Administrator"));
        assertTrue(pages.page().document().selectFirst("#adminLeft").hasAttr("checked"), "the ticked box stays ticked");
    }

    private static Map<String, String> withAdminLeft(Map<String, String> proof) {
        Map<String, String> values = new HashMap<>(proof);
        values.put("adminLeft", "on");
        values.put("adminLeftReason", REASON);
        return values;
    }

    private static TinAccessApi.Answer replace(TinAccessApi reviewer, String reference, String tin) {
        return reviewer.post("/" + reviewer.findByReference(reference).get("id").asText() + "/tins/" + tin + "/approve",
                "{\"replaceAdmin\": true}");
    }

    private static void records(TinAccessServer server, TinAccessApi reviewer, String tin, String vendor, String check) {
        PaymentRecords.upload(server, reviewer, tin + "," + vendor + ",," + check + ",2026-10-01,Lakeside Clinic,1 Shore Dr,,Ashland,WI,54806\n");
    }
}
