package org.tinaccess.accessreview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.members.TinManagers;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.Json;
import org.tinaccess.store.AccessReviewStore;

/** {@code /tin-access/tins/access-reviews}: the open access reviews of the TINs the caller manages (none for anyone else). */
public class OwnAccessReviewsResource extends GetOnlyFallback {

    private final RealmModel realm;

    public OwnAccessReviewsResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Operation(summary = "The open access reviews of the TINs you manage, soonest due first, with how many people are left to review")
    public Response list() {
        Caller caller = Caller.authenticate(session);
        AccessReviewStore store = new AccessReviewStore(session, realm.getId());
        List<String> managed = new TinManagers(session, realm).managedBy(caller.user().getId());
        List<AccessReviewView.Summary> open = store.openOf(managed).stream()
                .map(review -> AccessReviewView.summary(session, review, store.items(review.getId())))
                .toList();
        return Json.ok(Map.of("items", open));
    }
}
