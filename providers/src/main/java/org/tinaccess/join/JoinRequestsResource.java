package org.tinaccess.join;

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
import org.tinaccess.members.NewMember;
import org.tinaccess.members.TinManager;
import org.tinaccess.members.TinResource;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.rest.Paging;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.JoinRequest;
import org.tinaccess.store.JoinRequestStore;
import org.tinaccess.store.RequestStatus;
import org.tinaccess.tin.Tin;

/** {@code /tin-access/tins/{tin}/join-requests}: the TIN admin decides who may join. */
public class JoinRequestsResource extends GetOnlyFallback {

    private static final int NOTE_MAX = 1000;

    private final RealmModel realm;
    private final Tin tin;
    /** Whether the caller is the TIN's admin or a backup admin: events name the role. */
    private final TinManager manager;
    private final Caller admin;

    /** Built only after the caller was proven to be this TIN's admin or one of its backup admins. */
    public JoinRequestsResource(KeycloakSession session, RealmModel realm, TinManager manager, Caller admin) {
        super(session);
        this.realm = realm;
        this.tin = manager.tin();
        this.manager = manager;
        this.admin = admin;
    }

    /** A join request as the TIN's admin sees it. */
    public record JoinRequestRepresentation(String id, String reference, long receivedAt, long deadline, String status,
            String firstName, String lastName, String title, String email, String phone, String phoneExt, String reason, String note,
            Long decidedAt, String program, String state, String npn) {

        static JoinRequestRepresentation of(JoinRequest join) {
            var r = join.request();
            var line = join.line();
            String status = JoinRequestStore.EXPIRED.equals(line.getReasonCode()) ? "expired" : line.getStatus().toLowerCase(Locale.ROOT);
            return new JoinRequestRepresentation(r.getId(), r.getReference(), r.getCreatedAt(), r.getDeadlineAt(), status, r.getFirstName(),
                    r.getLastName(), r.getJobTitle(), r.getEmail(), r.getPhone(), r.getPhoneExt(), r.getReason(), line.getNote(),
                    line.getDecidedAt(), r.getProgram(), r.getProgramState(), r.getAgentNpn());
        }
    }

    @GET
    @NoCache
    @Operation(summary = "The TIN's join requests, oldest first: pending (default), decided or all")
    public Response list(@QueryParam("status") String status, @QueryParam("first") String first, @QueryParam("max") String max) {
        Paging paging = Paging.of(first, max);
        RequestStatus filter = switch (status == null || status.isBlank() ? "pending" : status.strip().toLowerCase(Locale.ROOT)) {
            case "pending" -> RequestStatus.PENDING;
            case "decided" -> RequestStatus.DECIDED;
            case "all" -> null;
            default -> throw ApiException.badRequest("invalid_status", "status must be pending, decided or all.");
        };
        JoinRequestStore store = new JoinRequestStore(session, realm.getId());
        return Json.ok(Map.of("total", store.count(tin.digits(), filter), "items",
                store.list(tin.digits(), filter, paging.first(), paging.max()).stream().map(JoinRequestRepresentation::of).toList()));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve: the requester is invited to the TIN with the given entitlements; an agency's agent with the NPN"
            + " they gave, or the body's npn")
    public Response approve(@PathParam("id") String id, String body) {
        JoinRequest join = find(id);
        JsonNode json = body == null || body.isBlank() ? null : JsonBody.object(body);
        List<String> entitlements = NewMember.Entitlements.validate(json == null ? null : json.path("entitlements"),
                TinAccessSettings.from(realm::getAttribute).entitlements());
        new JoinRequests(session, realm).approve(join, tin, admin.user(), entitlements, json == null ? null : NewMember.npn(json));
        audit(join, "approved");
        return Json.ok(JoinRequestRepresentation.of(find(id)));
    }

    @POST
    @Path("{id}/deny")
    @Operation(summary = "Deny, with an optional note the requester reads")
    public Response deny(@PathParam("id") String id, String body) {
        JoinRequest join = find(id);
        JsonNode json = body == null || body.isBlank() ? null : JsonBody.object(body);
        String note = json == null || !json.path("note").isTextual() || json.path("note").asText().isBlank() ? null : json.path("note").asText().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw ApiException.badRequest("note_too_long", "The note can have at most " + NOTE_MAX + " characters.");
        }
        new JoinRequests(session, realm).deny(join, admin.user(), note);
        audit(join, "denied");
        return Json.ok(JoinRequestRepresentation.of(find(id)));
    }

    private JoinRequest find(String id) {
        return new JoinRequestStore(session, realm.getId()).find(tin.digits(), id).orElseThrow(ApiException::notFound);
    }

    private void audit(JoinRequest join, String decision) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tin", tin.digits());
        details.put("reference", join.request().getReference());
        details.put("decision", decision);
        details.put(TinResource.ACTING_AS, manager.actingAs());
        new AuditTrail(session, realm, admin).record(OperationType.ACTION, AuditKind.TIN_ACCESS_JOIN_REQUEST,
                "tins/" + tin.digits() + "/join-requests/" + join.request().getId(), details);
    }
}
