package org.tinaccess.verify.records;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.ApiFallback;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.RecentSecondFactor;

/**
 * {@code /tin-access/payment-records}: the plan's payments, uploaded by a reviewer as CSV (see
 * {@link PaymentRecordsCsv}); an upload replaces every record of the realm, or changes nothing.
 */
public class PaymentRecordsResource extends ApiFallback {

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
    @Operation(summary = "Replace the realm's payment records with a CSV file (header: tin,vendor_number,npi,payment_number,"
            + "payment_date,provider_name,address_line1,address_line2,city,state,zip)")
    public Response upload(String body) {
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
        store.replaceAll(parsed.rows(), reviewer.user().getId(), Time.currentTimeMillis());
        PaymentRecordStore.Summary summary = store.summary();
        new AuditTrail(session, realm, reviewer).record(OperationType.UPDATE, AuditKind.TIN_ACCESS_PAYMENT_RECORDS, "payment-records",
                Map.of("records", String.valueOf(summary.records()), "tins", String.valueOf(summary.tins())));
        return Json.ok(summary);
    }

    // The other methods at this resource's own path, in the API's words (it takes GET and PUT there).
    @POST
    public Response unmatchedPostHere() {
        throw unmatched("POST");
    }

    @DELETE
    public Response unmatchedDeleteHere() {
        throw unmatched("DELETE");
    }

    @PATCH
    public Response unmatchedPatchHere() {
        throw unmatched("PATCH");
    }

    private Caller reviewer() {
        return Caller.authenticate(session).requireRealmRole(realm, ProtectedAccounts.REVIEWER_ROLE);
    }
}
