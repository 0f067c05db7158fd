package org.tinaccess.review;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.mfa.MfaReset;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.GetOnlyFallback;
import org.tinaccess.rest.AuditKind;
import org.tinaccess.rest.AuditTrail;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.Caller;
import org.tinaccess.rest.Json;
import org.tinaccess.rest.RecentSecondFactor;

/** {@code /tin-access/users/{userId}}: what the plan's reviewers do for any portal user (the PAC's "MFA reset"). */
public class UsersResource extends GetOnlyFallback {

    private final RealmModel realm;

    public UsersResource(KeycloakSession session) {
        super(session);
        this.realm = session.getContext().getRealm();
    }

    @POST
    @Path("{userId}/reset-mfa")
    @Operation(summary = "Remove every second factor of the user; their next sign-in enrols a new one; the user is e-mailed."
            + " Needs the reviewer's second factor in the last 5 minutes; never for oneself, other reviewers or realm administrators")
    public Response resetMfa(@PathParam("userId") String userId) {
        Caller reviewer = Caller.authenticate(session).requireRealmRole(realm, ReviewResource.REVIEWER_ROLE);
        RecentSecondFactor.require(session, realm, reviewer);
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        if (user == null) {
            throw ApiException.notFound();
        }
        if (user.getId().equals(reviewer.user().getId())) {
            throw ApiException.conflict("self_action", "Reset your own factors in your account, not through the review API.");
        }
        if (ProtectedAccounts.isReviewer(realm, user) || ProtectedAccounts.isRealmAdministrator(realm, user)) {
            throw ApiException.forbidden();
        }
        int removed = MfaReset.apply(user);
        new PortalMail(session, realm).sendAfterCommit(user.getEmail(), "mfaResetSubject", List.of(), "mfa-reset.ftl", Map.of(
                "firstName", user.getFirstName() == null ? "" : user.getFirstName(),
                "adminName", "The Provider Assistance Center"));
        new AuditTrail(session, realm, reviewer).record(OperationType.ACTION, AuditKind.TIN_ACCESS_USER, "users/" + userId + "/reset-mfa",
                Map.of("targetUserId", userId, "action", "mfa-reset", "removedCredentials", String.valueOf(removed)));
        return Json.ok(Map.of("removedCredentials", removed));
    }
}
