package org.tinaccess.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.AccessToken;

/**
 * Step-up for the actions that make someone a TIN's admin, change who holds a second factor or open
 * a TIN's data to another organisation (and for Keycloak's own removal of a factor): the
 * caller's session must have passed a second factor within {@link #MAX_AGE}. The proof is the
 * session's record of completed authenticators ({@code authenticators-completed}, the note
 * Keycloak's own {@code amr} mapper reads: execution id to the second it completed), so a token
 * refreshed from an old sign-in does not count. Refused with 401 {@code insufficient_user_authentication}
 * and an RFC 9470 challenge, which the account console answers by signing in again with {@code max_age}.
 */
public final class RecentSecondFactor {

    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Set<String> SECOND_FACTOR_STEPS = Set.of("auth-otp-form", "phone-otp", "webauthn-authenticator",
            "webauthn-authenticator-passwordless", "auth-recovery-authn-code-form");

    private RecentSecondFactor() {}

    public static void require(KeycloakSession session, RealmModel realm, Caller caller) {
        if (!passed(session, realm, caller.token())) {
            throw new ApiException(refusal());
        }
    }

    /** Whether the session of {@code token} passed a second factor within {@link #MAX_AGE}. */
    public static boolean passed(KeycloakSession session, RealmModel realm, AccessToken token) {
        UserSessionModel userSession = token.getSessionId() == null ? null : session.sessions().getUserSession(realm, token.getSessionId());
        return userSession != null && passedWithin(realm, userSession, MAX_AGE);
    }

    /** 401 {@code insufficient_user_authentication} with the RFC 9470 challenge. */
    private static Response refusal() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_user_authentication\", max_age=\"" + MAX_AGE.toSeconds() + "\"")
                .entity(new ApiError("insufficient_user_authentication",
                        "This action needs a second factor passed in the last " + MAX_AGE.toMinutes() + " minutes: sign in again."))
                .build();
    }

    static boolean passedWithin(RealmModel realm, UserSessionModel userSession, Duration maxAge) {
        // A private helper of Keycloak's services module: the same parsing its amr mapper uses.
        Map<String, Integer> completed = AuthenticatorUtils.parseCompletedExecutions(userSession.getNote(Constants.AUTHENTICATORS_COMPLETED));
        return passed(completed, executionId -> isSecondFactor(realm.getAuthenticationExecutionById(executionId)), Time.currentTime(), maxAge);
    }

    /** Whether one of the {@code completed} executions (id to epoch second) is a second factor no older than {@code maxAge}. */
    static boolean passed(Map<String, Integer> completed, Predicate<String> isSecondFactorExecution, long nowSeconds, Duration maxAge) {
        long oldest = nowSeconds - maxAge.toSeconds();
        return completed.entrySet().stream().anyMatch(entry -> entry.getValue() >= oldest && isSecondFactorExecution.test(entry.getKey()));
    }

    private static boolean isSecondFactor(AuthenticationExecutionModel execution) {
        return execution != null && SECOND_FACTOR_STEPS.contains(execution.getAuthenticator());
    }
}
