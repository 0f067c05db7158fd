package org.tinaccess.review;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.NoCache;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.Paging;
import org.tinaccess.rest.RecentSecondFactor;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.RequestPage;
import org.tinaccess.store.RequestQuery;
import org.tinaccess.store.RequestStatus;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/** {@code /tin-access/admin-requests}: the reviewers' queue and their per-TIN decisions. */
public class ReviewResource extends GetOnlyFallback {

    public static final String REVIEWER_ROLE = ProtectedAccounts.REVIEWER_ROLE;
    private static final int NOTE_MAX = 1000;

    private final RealmModel realm;

    public ReviewResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @GET
    @NoCache
    @Operation(summary = "Admin requests, oldest first, filtered by status, TIN and text")
    public Response list(@QueryParam("status") String status, @QueryParam("tin") String tin, @QueryParam("q") String text,
            @QueryParam("first") String first, @QueryParam("max") String max) {
        reviewer();
        Paging paging = Paging.of(first, max);
        RequestQuery query = new RequestQuery(statusFilter(status), tinFilter(tin), blankToNull(text), paging.first(), paging.max());
        AdminRequestStore store = store();
        RequestPage page = store.search(query);
        return Json.ok(Map.of("total", page.total(), "items",
                page.items().stream().map(request -> AdminRequestRepresentation.of(request, store.lines(request.getId()))).toList()));
    }

    @GET
    @Path("{id}")
    @NoCache
    @Operation(summary = "One admin request")
    public Response get(@PathParam("id") String id) {
        reviewer();
        AccessRequestEntity request = request(id);
        return Json.ok(AdminRequestRepresentation.of(request, store().lines(request.getId())));
    }

    // JAX-RS ranks the catch-all's "{unmatched: .+}" above "{id}" (a regex of its own beats the
    // default), so here it takes only what lies below one request; get() answers 404 for unknown ids.
    @Override
    @GET
    @Path("{id}/{unmatched: .+}")
    public Response unmatchedGet() {
        return super.unmatchedGet();
    }

    @POST
    @Path("{id}/tins/{tin}/approve")
    @Operation(summary = "Approve one TIN: claims it for the requester and denies the TIN's other pending requests;"
            + " {\"replaceAdmin\": true} moves a TIN whose admin has left (the requester said so and proved the TIN)")
    public Response approve(@PathParam("id") String id, @PathParam("tin") String tin, String body) {
        Caller reviewer = reviewer();
        RecentSecondFactor.require(session, realm, reviewer);
        boolean replaceAdmin = replaceAdmin(body);
        AccessRequestEntity request = request(id);
        Tin target = pathTin(tin);
        List<RequestTinEntity> deniedWithIt = new ReviewDecision(session, realm, reviewer.user()).approve(request, target, replaceAdmin);
        audit(reviewer, OperationType.ACTION, request, target,
                replaceAdmin ? Map.of("decision", "approved", "replaceAdmin", "true") : Map.of("decision", "approved"));
        // The approval denies the TIN's other pending requests: each is a decision of its own, recorded as one.
        for (RequestTinEntity other : deniedWithIt) {
            store().request(other.getRequestId()).ifPresent(denied -> audit(reviewer, OperationType.ACTION, denied, target,
                    Map.of("decision", "denied", "reason", DenialReason.ADMIN_EXISTS.name(), "deniedWith", request.getReference())));
        }
        return Json.ok(AdminRequestRepresentation.of(request, store().lines(request.getId())));
    }

    /** The approval's optional body: nothing, or {@code {"replaceAdmin": true|false}}. */
    private static boolean replaceAdmin(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        JsonNode replace = JsonBody.object(body).path("replaceAdmin");
        if (!replace.isMissingNode() && !replace.isBoolean()) {
            throw ApiException.badRequest("invalid_replaceAdmin", "replaceAdmin must be true or false.");
        }
        return replace.asBoolean(false);
    }

    @POST
    @Path("{id}/tins/{tin}/deny")
    @Operation(summary = "Deny one TIN with a reason code (and a note, required for OTHER)")
    public Response deny(@PathParam("id") String id, @PathParam("tin") String tin, String body) {
        Caller reviewer = reviewer();
        AccessRequestEntity request = request(id);
        Tin target = pathTin(tin);
        JsonNode json = JsonBody.object(body);
        DenialReason reason = DenialReason.fromCode(json.path("reason").asText(null))
                .orElseThrow(() -> ApiException.badRequest("invalid_reason",
                        "reason must be one of ADMIN_EXISTS, TIN_NOT_ENROLLED, THIRD_PARTY, OTHER."));
        String note = blankToNull(json.path("note").asText(null));
        if (reason.needsNote() && note == null) {
            throw ApiException.badRequest("note_required", "A note is required when the reason is OTHER.");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw ApiException.badRequest("note_too_long", "The note can have at most " + NOTE_MAX + " characters.");
        }
        new ReviewDecision(session, realm, reviewer.user()).deny(request, target, reason, note);
        audit(reviewer, OperationType.ACTION, request, target, Map.of("decision", "denied", "reason", reason.name()));
        return Json.ok(AdminRequestRepresentation.of(request, store().lines(request.getId())));
    }

    @POST
    @Path("{id}/deny-sender")
    @Operation(summary = "Spam: deny every pending TIN of every pending request sent with this request's e-mail (reason OTHER,"
            + " the note given or 'Unsolicited requests'); nobody is e-mailed")
    public Response denySender(@PathParam("id") String id, String body) {
        Caller reviewer = reviewer();
        AccessRequestEntity request = request(id);
        String note = body == null || body.isBlank() ? null : blankToNull(JsonBody.object(body).path("note").asText(null));
        if (note != null && note.length() > NOTE_MAX) {
            throw ApiException.badRequest("note_too_long", "The note can have at most " + NOTE_MAX + " characters.");
        }
        int denied = new ReviewDecision(session, realm, reviewer.user()).denyAllFrom(request, note == null ? "Unsolicited requests" : note);
        audit(reviewer, OperationType.ACTION, request, null, Map.of("decision", "sender-denied", "deniedLines", String.valueOf(denied)));
        return Json.ok(Map.of("denied", denied));
    }

    @POST
    @Path("{id}/resend-activation")
    @Operation(summary = "Send a new activation link; the previous one stops working")
    public Response resendActivation(@PathParam("id") String id) {
        Caller reviewer = reviewer();
        AccessRequestEntity request = request(id);
        new ReviewDecision(session, realm, reviewer.user()).resendActivation(request);
        audit(reviewer, OperationType.ACTION, request, null, Map.of("decision", "activation-resent"));
        return Json.ok(Map.of("status", "sent"));
    }

    private Caller reviewer() {
        return Caller.authenticate(session).requireRealmRole(realm, REVIEWER_ROLE);
    }

    private void audit(Caller reviewer, OperationType operation, AccessRequestEntity request, Tin tin, Map<String, String> details) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("reference", request.getReference());
        if (tin != null) {
            all.put("tin", tin.digits());
        }
        String path = "admin-requests/" + request.getId() + (tin == null ? "" : "/tins/" + tin.digits());
        new AuditTrail(session, realm, reviewer).record(operation, AuditKind.TIN_ACCESS_ADMIN_REQUEST, path, all);
    }

    private AdminRequestStore store() {
        return new AdminRequestStore(session, realm.getId());
    }

    private AccessRequestEntity request(String id) {
        return store().request(id).orElseThrow(ApiException::notFound);
    }

    /** A TIN in a path that is not valid cannot name a line of any request. */
    private static Tin pathTin(String tin) {
        return Tin.parse(tin).orElseThrow(ApiException::notFound);
    }

    private static RequestStatus statusFilter(String status) {
        String value = status == null || status.isBlank() ? "pending" : status.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "pending" -> RequestStatus.PENDING;
            case "decided" -> RequestStatus.DECIDED;
            case "all" -> null;
            default -> throw ApiException.badRequest("invalid_status", "status must be pending, decided or all.");
        };
    }

    private static String tinFilter(String tin) {
        if (tin == null || tin.isBlank()) {
            return null;
        }
        return Tin.parse(tin).map(Tin::digits)
                .orElseThrow(() -> ApiException.badRequest("invalid_tin", "tin must be a valid 9-digit Tax ID Number."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
