package org.tinaccess.it.secondfactor;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tinaccess.it.secondfactor.SessionEvidence.assertNothingIssued;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.FactorHolders.Holder;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * First broker login and every later sign-in through an identity provider, the way a plan would
 * add one (its staff directory, say): a second realm of the same server plays the provider, and
 * the portal realm's provider is bound to the shipped {@code post broker login - second factor}
 * flow. Linking to an existing account needs that account's password and second factor (never the
 * mailbox alone), later sign-ins through the provider still ask the portal's second factor, and a
 * new person from the provider enrols one before anything is issued.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityProviderSecondFactorIT {

    private static final String ALIAS = "staff-directory";
    private static final String POST_LOGIN_FLOW = "post broker login - second factor";
    private static final String SECRET = "broker-secret-for-tests";
    private final String providerRealm = "directory-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void identityProvider(TinAccessServer server) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(providerRealm);
        realm.setEnabled(true);
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("provider-portal-broker");
        client.setSecret(SECRET);
        client.setPublicClient(false);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of(server.realmUrl() + "/broker/" + ALIAS + "/endpoint*"));
        realm.setClients(List.of(client));
        server.admin().realms().create(realm);

        String directory = server.baseUrl() + "/realms/" + providerRealm + "/protocol/openid-connect";
        IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
        provider.setAlias(ALIAS);
        provider.setProviderId("oidc");
        provider.setEnabled(true);
        provider.setPostBrokerLoginFlowAlias(POST_LOGIN_FLOW);
        provider.setConfig(Map.of("clientId", "provider-portal-broker", "clientSecret", SECRET, "clientAuthMethod", "client_secret_post",
                "authorizationUrl", directory + "/auth", "tokenUrl", directory + "/token", "userInfoUrl", directory + "/userinfo",
                "defaultScope", "openid email profile", "validateSignature", "false", "syncMode", "IMPORT", "trustEmail", "false"));
        try (Response created = server.realm().identityProviders().create(provider)) {
            assertTrue(created.getStatus() == 201, "identity provider created: " + created.getStatus());
        }
    }

    @AfterAll
    void removeIdentityProvider(TinAccessServer server) {
        server.realm().identityProviders().get(ALIAS).remove();
        server.admin().realm(providerRealm).remove();
    }

    @Test
    void linkingAnExistingAccountNeedsItsPasswordAndSecondFactorAndLaterSignInsStillAskTheFactor(TinAccessServer server) {
        Holder holder = FactorHolders.create(server, Factor.APP);
        directoryUser(server, holder.email());

        WebSession browser = new WebSession(server.baseUrl());
        PortalClient portal = new PortalClient(server);
        WebSession.Page confirm = throughTheProvider(browser, portal, holder.email());
        WebSession.Page reauthenticate = browser.submit(confirm.form("#kc-register-form"), Map.of("submitAction", "linkAccount"));
        assertNotNull(reauthenticate.document().selectFirst("#kc-form-login input[name=password]"),
                "no e-mail-only linking: the account's own password:\n" + reauthenticate.body());
        WebSession.Page secondFactor = browser.submit(reauthenticate.form("#kc-form-login"), Map.of("password", RealmUsers.PASSWORD));
        assertTrue(holder.isAskedFor(secondFactor), "then its second factor:\n" + secondFactor.body());
        assertNothingIssued(server, holder.userId(), browser, secondFactor);
        WebSession.Page linked = passEverySecondFactorPage(holder, browser, holder.pass(browser, secondFactor));
        assertNotNull(linked.leftServerTo(), linked.body());

        WebSession later = new WebSession(server.baseUrl());
        WebSession.Page again = throughTheProvider(later, new PortalClient(server), holder.email());
        assertTrue(holder.isAskedFor(again), "a later sign-in through the provider asks the portal's factor:\n" + again.body());
        server.realm().users().get(holder.userId()).logout();
        assertNothingIssued(server, holder.userId(), later, again);
        assertNotNull(holder.pass(later, again).leftServerTo());
    }

    @Test
    void aNewPersonFromTheProviderEnrolsASecondFactorBeforeAnythingIsIssued(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("directory-only");
        directoryUser(server, email);
        WebSession browser = new WebSession(server.baseUrl());

        WebSession.Page page = throughTheProvider(browser, new PortalClient(server), email);

        assertTrue(MfaEnrolment.isChooser(page), "the MFA chooser first:\n" + page.body());
        String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
        assertNothingIssued(server, userId, browser, page);
        assertNotNull(MfaEnrolment.withAuthenticatorApp(browser, page).next().leftServerTo());
    }

    /** The portal's sign-in sent to the provider (kc_idp_hint), the provider's login page answered; returns the portal's next page. */
    private WebSession.Page throughTheProvider(WebSession browser, PortalClient portal, String email) {
        WebSession.Page directoryLogin = browser.get(portal.authorizationUrl() + "&kc_idp_hint=" + ALIAS);
        return browser.submit(directoryLogin.form("#kc-form-login"), Map.of("username", email, "password", RealmUsers.PASSWORD));
    }

    /** The first broker login may ask the factor twice (linking, then the post-login flow): answer each. */
    private static WebSession.Page passEverySecondFactorPage(Holder holder, WebSession browser, WebSession.Page page) {
        WebSession.Page current = page;
        for (int i = 0; i < 2 && holder.isAskedFor(current); i++) {
            current = holder.pass(browser, current);
        }
        return current;
    }

    private void directoryUser(TinAccessServer server, String email) {
        server.admin().realm(providerRealm).users().create(RealmUsers.withPassword(email, email, RealmUsers.PASSWORD)).close();
    }
}
