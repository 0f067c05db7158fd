package org.tinaccess.accessreview;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.members.TinAuthority;
import org.tinaccess.members.TinManager;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.JsonBody;
import org.tinaccess.settings.PortalClock;
import org.tinaccess.store.AccessReviewEntity;
import org.tinaccess.store.AccessReviewItemEntity;
import org.tinaccess.store.AccessReviewStore;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberStore;

/**
 * {@code /tin-access/tins/{tin}/access-review}: the TIN's admin and backup admins see the TIN's
 * newest access review and confirm or remove each person's access. A backup admin's powers stop
 * at the admin and the other backup admins, as everywhere; nobody decides their own item. 403 for
 * anyone who does not manage the TIN.
 */
public class AccessReviewResource extends GetOnlyFallback {

    private final RealmModel realm;
    private final String tinInPath;

    public AccessReviewResource(KeycloakSession session, String tinInPath) {
        super(session);
        this.realm = session.getContext().getRealm();
        this.tinInPath = tinInPath;
    }

    @GET
    @Operation(summary = "The TIN's newest access review with each person's access as it stood at its start and what became of it; 404 when"
            + " there was none")
    public Response review() {
        Caller caller = Caller.authenticate(session);
        TinManager manager = TinAuthority.requireManager(session, realm, caller, tinInPath);
        AccessReviewStore store = new AccessReviewStore(session, realm.getId());
        AccessReviewEntity review = store.newestOf(manager.tin().digits()).orElseThrow(ApiException::notFound);
        return Json.ok(AccessReviewView.of(session, realm, review, store.items(review.getId()), caller.user().getId(), beyondPowers(manager)));
    }

    @POST
    @Path("items/{id}")
    @Operation(summary = "Decide one person's access in the open review: {\"decision\": \"confirm\"} keeps it, {\"decision\": \"remove\"} removes"
            + " them from the TIN now")
    public Response decide(@PathParam("id") String itemId, String body) {
        Caller caller = Caller.authenticate(session);
        TinManager manager = TinAuthority.requireManager(session, realm, caller, tinInPath);
        AccessReviewStore store = new AccessReviewStore(session, realm.getId());
        AccessReviewEntity review = store.newestOf(manager.tin().digits()).orElseThrow(ApiException::notFound);
        AccessReviewItemEntity item = store.item(review.getId(), itemId).orElseThrow(ApiException::notFound);
        JsonNode json = JsonBody.object(body);
        AccessReviews.Verdict verdict = switch (json.path("decision").asText("")) {
            case "confirm" -> AccessReviews.Verdict.CONFIRM;
            case "remove" -> AccessReviews.Verdict.REMOVE;
            default -> throw ApiException.badRequest("invalid_decision", "decision is confirm or remove.");
        };
        if (item.getSubjectId().equals(caller.user().getId())) {
            throw ApiException.conflict("self_action", "Nobody reviews their own access.");
        }
        TinAuthority.requireWithinPowers(session, realm, manager, item.getSubjectId());
        UserModel actor = caller.user();
        AccessReviewItemEntity decided = new AccessReviews(session, realm).decide(actor, review, item, verdict, PortalClock.now(realm));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tin", manager.tin().digits());
        details.put("targetUserId", item.getSubjectId());
        details.put("action", "access-review:" + decided.getDecision().value());
        details.put("reviewId", review.getId());
        details.put("actingAs", manager.actingAs());
        new AuditTrail(session, realm, caller).record(OperationType.UPDATE, AuditKind.TIN_ACCESS_MEMBER,
                "tins/" + manager.tin().digits() + "/access-review/items/" + item.getId(), details);
        return Json.ok(AccessReviewView.item(session, realm, decided, actor.getId(), beyondPowers(manager)));
    }

    /** Whom a backup admin may not decide: the admin and every backup admin, named or agreed (TinAuthority.requireWithinPowers). */
    private Set<String> beyondPowers(TinManager manager) {
        if (!manager.backup()) {
            return Set.of();
        }
        Set<String> beyond = new HashSet<>();
        new AdminRequestStore(session, realm.getId()).claimOf(manager.tin().digits()).ifPresent(claim -> beyond.add(claim.getUserId()));
        new MemberStore(session, realm.getId()).backupAdminsOf(manager.tin().digits()).forEach(member -> beyond.add(member.getUserId()));
        return beyond;
    }
}
