package org.tinaccess.it.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tinaccess.it.secondfactor.SessionEvidence.assertNothingIssued;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.RequestAccessPages;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * Every way the realm can issue a session or a token, and where each is proved to need a second
 * factor. A flow or a client override this class does not know fails the inventory, so a new way
 * in cannot slip past the proofs. The proofs per person and factor live beside it:
 * {@link BrowserFlowSecondFactorIT} (browser flow, account-console actions, "Try another way"),
 * {@link PasswordResetSecondFactorIT} (reset credentials), {@link PasswordGrantIT} (direct grant),
 * {@link IdentityProviderSecondFactorIT} (first broker login and sign-ins through an identity provider);
 * the request-access flow and the activation link are proved here.
 */
@OnBothMinors
@IntegrationTest
class SecondFactorFlowMatrixIT {

    /** Each top-level flow of the shipped realm and why it cannot issue a session without a second factor. */
    private static final Map<String, String> TOP_LEVEL_FLOWS = Map.of(
            "browser", "BrowserFlowSecondFactorIT: password, then the person's own factor (or the MFA chooser)",
            "direct grant", "PasswordGrantIT: no client allows it; where allowed, only password and app code together",
            "reset credentials", "PasswordResetSecondFactorIT: an existing factor before the new password; none → refused",
            "request-access", "requestAccessIssuesNoSessionAndCreatesNoAccount: creates a request, never a user",
            "registration", "Keycloak's default registration flow, bound to nothing (registration is request-access)",
            "first broker login", "IdentityProviderSecondFactorIT: linking needs the account's password and second factor",
            "post broker login - second factor", "IdentityProviderSecondFactorIT: bound to every identity provider (checked below)",
            "clients", "client authentication, no user involved",
            "docker auth", "the docker protocol is not enabled, and no client uses it (checked below)");

    @Test
    void everyFlowAndBindingOfTheRealmHasItsProof(TinAccessServer server) {
        Set<String> topLevel = server.realm().flows().getFlows().stream()
                .filter(AuthenticationFlowRepresentation::isTopLevel)
                .map(AuthenticationFlowRepresentation::getAlias)
                .collect(Collectors.toSet());
        assertEquals(new TreeMap<>(TOP_LEVEL_FLOWS).keySet(), new java.util.TreeSet<>(topLevel), "a new flow needs its proof here");

        RealmRepresentation realm = server.realm().toRepresentation();
        assertEquals(List.of("browser", "request-access", "direct grant", "reset credentials", "clients", "docker auth", "first broker login"),
                List.of(realm.getBrowserFlow(), realm.getRegistrationFlow(), realm.getDirectGrantFlow(), realm.getResetCredentialsFlow(),
                        realm.getClientAuthenticationFlow(), realm.getDockerAuthenticationFlow(), realm.getFirstBrokerLoginFlow()));
        for (ClientRepresentation client : server.realm().clients().findAll()) {
            Map<String, String> overrides = client.getAuthenticationFlowBindingOverrides();
            assertTrue(overrides == null || overrides.isEmpty(), client.getClientId() + " overrides a flow: " + overrides);
            assertFalse("saml".equals(client.getProtocol()) || "docker-v2".equals(client.getProtocol()), client.getClientId());
            assertFalse(Boolean.TRUE.equals(client.isImplicitFlowEnabled()), client.getClientId() + " allows the implicit flow");
        }
        server.realm().identityProviders().findAll().forEach(provider -> assertEquals("post broker login - second factor",
                provider.getPostBrokerLoginFlowAlias(), provider.getAlias() + " must ask the portal's second factor after each sign-in"));
    }

    @Test
    void everySecondFactorThePortalCountsIsAskedWhereverASecondFactorIsAsked(TinAccessServer server) {
        Set<String> asked = Set.of("auth-otp-form", "phone-otp", "webauthn-authenticator", "webauthn-authenticator-passwordless",
                "auth-recovery-authn-code-form");
        for (String flow : List.of("browser", "reset credentials", "first broker login", "post broker login - second factor")) {
            Set<String> alternatives = server.realm().flows().getExecutions(flow).stream()
                    .filter(execution -> "ALTERNATIVE".equals(execution.getRequirement()) && execution.getLevel() > 0)
                    .map(AuthenticationExecutionInfoRepresentation::getProviderId)
                    .collect(Collectors.toSet());
            assertTrue(alternatives.containsAll(asked), flow + " asks for " + alternatives);
        }
    }

    @Test
    void requestAccessIssuesNoSessionAndCreatesNoAccount(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("requester");
        RequestAccessPages pages = RequestAccessPages.open(server);

        pages.requestAdminAccess(RequestAccessPages.contact(email), List.of(TestTins.next()));

        assertNull(pages.page().leftServerTo(), "no code reaches the portal");
        assertFalse(pages.browser().hasCookie("KEYCLOAK_IDENTITY"), "no single sign-on session");
        assertEquals(List.of(), server.realm().users().searchByEmail(email, true), "no account before a reviewer approves");
    }

    @Test
    void anActivationLinkReplayedOnceAFactorIsEnrolledIsRefused(TinAccessServer server) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String email = RealmUsers.uniqueEmail("half-activated");
        String link = PortalUsers.approvedActivationLink(server, reviewer, email);

        // The owner activates up to the recovery codes: password, image, app enrolled; the link is not used up yet.
        WebSession owner = new WebSession(server.baseUrl());
        WebSession.Page chooser = LoginPages.chooseImage(owner, PortalUsers.setPasswordThroughLink(owner, link), LoginPages.IMAGE, LoginPages.CAPTION);
        MfaEnrolment.withAppAndRecoveryCodes(owner, chooser);

        // Whoever else reads the mailbox opens the same link.
        WebSession mailboxOnly = new WebSession(server.baseUrl());
        WebSession.Page replayed = mailboxOnly.get(link);

        assertNull(replayed.document().selectFirst("#kc-passwd-update-form"), "no new password from the mailbox:\n" + replayed.body());
        assertTrue(replayed.body().contains("no longer valid"), replayed.body());
        String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
        assertNothingIssued(server, userId, mailboxOnly, replayed);
        if (server.realm().users().get(userId).credentials().stream().noneMatch(c -> "otp".equals(c.getType()))) {
            fail("the owner's app is still enrolled");
        }
    }
}
