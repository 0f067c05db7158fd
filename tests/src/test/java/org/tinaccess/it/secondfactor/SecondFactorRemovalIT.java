package org.tinaccess.it.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * Keycloak's account REST API removes credentials with an account token alone. A second factor
 * removed that way stays unless the token's session passed a second factor in the last 5 minutes,
 * and the account's last one always stays; each refusal is an error event. What a user may remove
 * with a fresh sign-in still goes.
 */
@OnBothMinors
@IntegrationTest
class SecondFactorRemovalIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aTokenWhoseSessionPassedNoRecentSecondFactorRemovesNoFactor(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("token-thief");
        String userId = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        // The app was enrolled at this first sign-in: its session never passed a second factor.
        String token = RealmUsers.signIn(server, email, RealmUsers.PASSWORD);

        removeCredential(server, token, credentialId(server, userId, "otp"));

        assertEquals(List.of("otp"), types(server, userId).stream().filter("otp"::equals).toList(), "the app is still bound");
        assertEquals(List.of("second_factor_not_recent"), refusals(server, userId));
    }

    @Test
    void afterAFreshSecondFactorRecoveryCodesGoButTheOnlyAppStays(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("fresh-remover");
        String userId = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page chooser = LoginPages.pastImageChooser(browser,
                LoginPages.signIn(browser, browser.get(new PortalClient(server).authorizationUrl()), email, RealmUsers.PASSWORD));
        MfaEnrolment.CodesOffered enrolled = MfaEnrolment.withAppAndRecoveryCodes(browser, chooser);
        enrolled.keep(browser);
        String fresh = PortalUsers.signIn(server, email, RealmUsers.PASSWORD, enrolled.totpSecret()).apiToken();

        HttpResponse<String> codes = removeCredential(server, fresh, credentialId(server, userId, "recovery-authn-codes"));
        HttpResponse<String> app = removeCredential(server, fresh, credentialId(server, userId, "otp"));

        assertEquals(204, codes.statusCode(), codes.body());
        assertEquals(List.of("otp"), types(server, userId).stream().filter(type -> !"password".equals(type)).toList(),
                "the recovery codes went, the only app stayed (answered " + app.statusCode() + ")");
        assertEquals(List.of("last_second_factor"), refusals(server, userId));
    }

    @Test
    void theConsolesRemovalSignsInAgainAndWhoeverRemovesTheirLastFactorBindsANewOneBeforeGoingOn(TinAccessServer server) {
        FactorHolders.Holder holder = FactorHolders.create(server, FactorHolders.Factor.APP);
        String otp = credentialId(server, holder.userId(), "otp");
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page login = browser.get(new PortalClient(server).authorizationUrl() + "&kc_action=delete_credential:" + otp);
        WebSession.Page confirm = holder.pass(browser, LoginPages.signIn(browser, login, holder.email(), RealmUsers.PASSWORD));
        Element accept = confirm.document().selectFirst("#kc-accept");
        assertNotNull(accept, "Keycloak's confirmation after signing in again: " + confirm.body());

        WebSession.Page next = browser.submit(accept.closest("form"), Map.of());

        assertTrue(MfaEnrolment.isChooser(next), "the MFA chooser before the portal: " + next.body());
        assertTrue(types(server, holder.userId()).stream().noneMatch("otp"::equals), "the console's own removal went through");
        assertEquals(List.of(), refusals(server, holder.userId()));
    }

    private static HttpResponse<String> removeCredential(TinAccessServer server, String token, String credentialId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.realmUrl() + "/account/credentials/" + credentialId))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .DELETE()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String credentialId(TinAccessServer server, String userId, String type) {
        return server.realm().users().get(userId).credentials().stream().filter(credential -> type.equals(credential.getType()))
                .map(CredentialRepresentation::getId).findFirst().orElseThrow(() -> new AssertionError("no " + type + " credential"));
    }

    /** The errors of the user's refused removals, as the realm's events record them. */
    private static List<String> refusals(TinAccessServer server, String userId) {
        return server.realm().getEvents(List.of("REMOVE_CREDENTIAL_ERROR"), null, userId, null, null, null, 0, 100).stream()
                .map(EventRepresentation::getError).toList();
    }

    private static List<String> types(TinAccessServer server, String userId) {
        return server.realm().users().get(userId).credentials().stream().map(CredentialRepresentation::getType).toList();
    }
}
