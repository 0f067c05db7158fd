package org.tinaccess.verify.records;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetAndPutFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.RecentSecondFactor;

/**
 * {@code /tin-access/payment-records}: the plan's payments, uploaded by a reviewer as CSV (see
 * {@link PaymentRecordsCsv}). An upload adds records or replaces those of the same TIN and payment
 * number; replacing every record of the realm is asked with {@code replace=all} and confirmed with
 * the number of records it removes. A bad file changes nothing. Uploaded records prove nothing until
 * another reviewer confirms them ({@code POST /payment-records/confirm}).
 */
public class PaymentRecordsResource extends GetAndPutFallback {

    /** Far above a plan's payments of a few years; the whole body is parsed in memory. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final RealmModel realm;

    public PaymentRecordsResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @GET
    @NoCache
    @Operation(summary = "How many payment records the last upload holds, for how many TINs, when and by whom")
    public Response summary() {
        reviewer();
        PaymentRecordStore.Summary summary = new PaymentRecordStore(session, realm.getId()).summary();
        return Json.ok(summary);
    }

    @PUT
    @Operation(summary = "Add or replace (by TIN and payment number) the realm's payment records from a CSV file (header: tin,"
            + "vendor_number,npi,payment_number,payment_date,provider_name,address_line1,address_line2,city,state,zip);"
            + " ?replace=all&confirmRecords=<records in force> replaces them all")
    public Response upload(String body, @QueryParam("replace") String replace, @QueryParam("confirmRecords") String confirmRecords) {
        Caller reviewer = reviewer();
        // The records decide who becomes a TIN's admin without a person: uploading them is such a decision.
        RecentSecondFactor.require(session, realm, reviewer);
        if (body != null && body.length() > MAX_BYTES) {
            throw ApiException.badRequest("too_large", "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it by TIN range.");
        }
        PaymentRecordsCsv.Parsed parsed = PaymentRecordsCsv.parse(body);
        if (!parsed.valid()) {
            throw ApiException.badRequest("invalid_csv", String.join(" ", parsed.problems()));
        }
        PaymentRecordStore store = new PaymentRecordStore(session, realm.getId());
        boolean all = replaceAll(replace);
        if (all) {
            long inForce = store.summary().records();
            if (!String.valueOf(inForce).equals(confirmRecords)) {
                throw new ApiException(Response.Status.CONFLICT, "confirm_replace_all",
                        "Replacing every record removes the " + inForce + " records in force: send confirmRecords=" + inForce + " to confirm.");
            }
        }
        PaymentRecordStore.Changes changes = all ? store.replaceAll(parsed.rows(), reviewer.user().getId(), Time.currentTimeMillis())
                : store.addOrReplace(parsed.rows(), reviewer.user().getId(), Time.currentTimeMillis());
        PaymentRecordStore.Summary summary = store.summary();
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("mode", all ? "replace-all" : "add-or-replace");
        counts.put("added", String.valueOf(changes.added()));
        counts.put("replaced", String.valueOf(changes.replaced()));
        counts.put("removed", String.valueOf(changes.removed()));
        counts.put("records", String.valueOf(summary.records()));
        counts.put("tins", String.valueOf(summary.tins()));
        new AuditTrail(session, realm, reviewer).record(OperationType.UPDATE, AuditKind.TIN_ACCESS_PAYMENT_RECORDS, "payment-records", counts);
        return Json.ok(new Upload(changes.added(), changes.replaced(), changes.removed(), summary.records(), summary.tins(),
                summary.unconfirmed(), summary.uploadedAt(), summary.uploadedBy()));
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Confirm the uploaded records waiting for a second reviewer, those others uploaded (never one's own):"
            + " from now on they prove TINs")
    public Response confirm() {
        Caller reviewer = reviewer();
        RecentSecondFactor.require(session, realm, reviewer);
        PaymentRecordStore store = new PaymentRecordStore(session, realm.getId());
        int confirmed = store.confirmUploadsOfOthers(reviewer.user().getId(), Time.currentTimeMillis());
        long ownWaiting = store.unconfirmedUploadedBy(reviewer.user().getId());
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("mode", "confirm");
        counts.put("confirmed", String.valueOf(confirmed));
        counts.put("ownStillWaiting", String.valueOf(ownWaiting));
        new AuditTrail(session, realm, reviewer).record(OperationType.ACTION, AuditKind.TIN_ACCESS_PAYMENT_RECORDS, "payment-records/confirm",
                counts);
        return Json.ok(Map.of("confirmed", confirmed, "ownStillWaiting", ownWaiting, "summary", store.summary()));
    }

    /** The answer to an upload: what it changed, and what is in force now. */
    public record Upload(long added, long replaced, long removed, long records, long tins, long unconfirmed, Long uploadedAt, String uploadedBy) {}

    private static boolean replaceAll(String replace) {
        if (replace == null || replace.isBlank()) {
            return false;
        }
        if (!"all".equals(replace)) {
            throw ApiException.badRequest("invalid_replace", "replace is all, or left out to add or replace records by TIN and payment number.");
        }
        return true;
    }


    private Caller reviewer() {
        return Caller.authenticate(session).requireRealmRole(realm, ProtectedAccounts.REVIEWER_ROLE);
    }
}
