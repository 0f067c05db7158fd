package org.tinaccess.accessreview;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.tinaccess.rest.JsonBody;
import org.tinaccess.settings.PortalClock;
import org.tinaccess.store.AccessReviewEntity;
import org.tinaccess.store.AccessReviewItemEntity;
import org.tinaccess.store.AccessReviewStore;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/access-reviews}: the plan's reviewers start a TIN's access review now (after an
 * incident, or for a TIN the schedule has not reached) and download the latest review's outcome as
 * evidence, in JSON or CSV. 403 for anyone but a reviewer.
 */
public class ReviewerAccessReviewsResource extends ApiFallback {

    private final RealmModel realm;

    public ReviewerAccessReviewsResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @POST
    @Operation(summary = "Start an access review of {\"tin\"} now, due after the realm's deadline; 409 review_open when one is open, no_admin when"
            + " the TIN has no admin to do it")
    public Response start(String body) {
        Caller reviewer = reviewer();
        JsonNode json = JsonBody.object(body);
        Tin tin = Tin.parse(json.path("tin").asText("")).orElseThrow(() -> ApiException.badRequest("invalid_tin", "tin is 9 digits."));
        AccessReviewStore store = new AccessReviewStore(session, realm.getId());
        if (store.newestOf(tin.digits()).map(AccessReviewEntity::isOpen).orElse(false)) {
            throw ApiException.conflict("review_open", "An access review of this Tax ID is open already.");
        }
        AccessReviewEntity review = new AccessReviews(session, realm).start(tin, reviewer.user().getId(), PortalClock.now(realm))
                .orElseThrow(() -> ApiException.conflict("no_admin", "This Tax ID has no active admin to review its access."));
        new AuditTrail(session, realm, reviewer).record(OperationType.CREATE, AuditKind.TIN_ACCESS_MEMBER, "access-reviews/" + review.getId(),
                Map.of("tin", tin.digits(), "action", "access-review:started", "reviewId", review.getId()));
        return Json.created(AccessReviewView.of(session, realm, review, store.items(review.getId()), reviewer.user().getId(), Set.of()));
    }

    @GET
    // A literal segment after the TIN: the API's fallback for unknown paths would otherwise match first.
    @Path("{tin}/latest")
    @Operation(summary = "Evidence: the TIN's latest access review, who confirmed or removed whom and when, what was suspended at the deadline;"
            + " ?format=csv for a spreadsheet")
    public Response latest(@PathParam("tin") String tinInPath, @QueryParam("format") String format) {
        Caller reviewer = reviewer();
        Tin tin = Tin.parse(tinInPath).orElseThrow(ApiException::notFound);
        AccessReviewStore store = new AccessReviewStore(session, realm.getId());
        AccessReviewEntity review = store.newestOf(tin.digits()).orElseThrow(ApiException::notFound);
        List<AccessReviewItemEntity> items = store.items(review.getId());
        AccessReviewView view = AccessReviewView.of(session, realm, review, items, reviewer.user().getId(), Set.of());
        if (format == null || format.isBlank() || "json".equals(format)) {
            return Json.ok(view);
        }
        if (!"csv".equals(format)) {
            throw ApiException.badRequest("invalid_format", "format is json or csv.");
        }
        String file = "access-review-" + tin.digits() + "-" + review.getId().substring(0, 8) + ".csv";
        return Response.ok(AccessReviewEvidence.csv(view), new MediaType("text", "csv", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    private Caller reviewer() {
        return Caller.authenticate(session).requireRealmRole(realm, ProtectedAccounts.REVIEWER_ROLE);
    }
}
