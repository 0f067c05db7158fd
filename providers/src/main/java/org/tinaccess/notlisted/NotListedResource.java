package org.tinaccess.notlisted;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
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
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.NotListedRequestStore;
import org.tinaccess.store.RequestStatus;

/**
 * {@code /tin-access/not-listed-requests}: the reviewers' list of "my provider is not listed"
 * requests and closing one once a representative has contacted the person. Closing
 * grants nothing, so, like a denial, it needs the reviewer role but no recent second factor.
 */
public class NotListedResource extends GetOnlyFallback {

    static final int NOTE_MAX = 1000;

    private final RealmModel realm;

    public NotListedResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @GET
    @NoCache
    @Operation(summary = "Not-listed requests, oldest first, filtered by status (open, closed or all; open by default)")
    public Response list(@QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("max") String max) {
        reviewer();
        Paging paging = Paging.of(first, max);
        RequestStatus filter = statusFilter(status);
        NotListedRequestStore store = store();
        return Json.ok(Map.of("total", store.count(filter), "items", store.list(filter, paging.first(), paging.max()).stream()
                .map(request -> NotListedRepresentation.of(session, realm, request)).toList()));
    }

    @GET
    @Path("{id}")
    @NoCache
    @Operation(summary = "One not-listed request")
    public Response get(@PathParam("id") String id) {
        reviewer();
        return Json.ok(NotListedRepresentation.of(session, realm, request(id)));
    }

    // As in ReviewResource: the catch-all would outrank "{id}" without this narrower override.
    @Override
    @GET
    @Path("{id}/{unmatched: .+}")
    public Response unmatchedGet() {
        return super.unmatchedGet();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a request with {\"outcome\": \"contacted\"|\"closed\", \"note\": text}; the note is required")
    public Response close(@PathParam("id") String id, String body) {
        Caller reviewer = reviewer();
        AccessRequestEntity request = request(id);
        JsonNode json = JsonBody.object(body);
        NotListedOutcome outcome = NotListedOutcome.fromCode(json.path("outcome").asText(null))
                .orElseThrow(() -> ApiException.badRequest("invalid_outcome", "outcome must be contacted or closed."));
        String note = json.path("note").isTextual() ? json.path("note").asText().strip() : "";
        if (note.isEmpty()) {
            throw ApiException.badRequest("note_required", "A note is required: say how the person was helped.");
        }
        if (note.length() > NOTE_MAX) {
            throw ApiException.badRequest("note_too_long", "The note can have at most " + NOTE_MAX + " characters.");
        }
        new NotListedRequests(session, realm).close(request, outcome, note, reviewer.user());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reference", request.getReference());
        details.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
        new AuditTrail(session, realm, reviewer).record(OperationType.UPDATE, AuditKind.TIN_ACCESS_NOT_LISTED_REQUEST,
                "not-listed-requests/" + request.getId(), details);
        return Json.ok(NotListedRepresentation.of(session, realm, request));
    }

    private Caller reviewer() {
        return Caller.authenticate(session).requireRealmRole(realm, ProtectedAccounts.REVIEWER_ROLE);
    }

    private NotListedRequestStore store() {
        return new NotListedRequestStore(session, realm.getId());
    }

    private AccessRequestEntity request(String id) {
        return store().find(id).orElseThrow(ApiException::notFound);
    }

    private static RequestStatus statusFilter(String status) {
        String value = status == null || status.isBlank() ? "open" : status.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "open" -> RequestStatus.PENDING;
            case "closed" -> RequestStatus.DECIDED;
            case "all" -> null;
            default -> throw ApiException.badRequest("invalid_status", "status must be open, closed or all.");
        };
    }
}
