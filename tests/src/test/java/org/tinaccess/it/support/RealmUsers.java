package org.tinaccess.it.support;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Minimal per-scenario accounts, made through the admin API with addresses no other test uses. */
public final class RealmUsers {

    /** Obeys the realm's policy for every address uniqueEmail makes (no part of it is in here). */
    public static final String PASSWORD = "Harbor-Lights-42";

    private RealmUsers() {}

    /** A fresh e-mail address under the test domain, unique in this run. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@provider.test";
    }

    /**
     * First sign-in of an account made with a password only: through the portal's real login
     * page, enrolling an authenticator app when the MFA chooser asks; returns the account
     * console's access token for the same session (the token the TIN Access API accepts).
     */
    public static String signIn(TinAccessServer server, String email, String password) {
        return signInToBoth(server, email, password).apiToken();
    }

    /** The access tokens one sign-in yields: the relying portal's and the account console's. */
    public record Tokens(String portalToken, String apiToken) {}

    public static Tokens signInToBoth(TinAccessServer server, String email, String password) {
        PortalClient portal = new PortalClient(server);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page login = browser.get(portal.authorizationUrl());
        WebSession.Page done = LoginPages.signIn(browser, login, email, password);
        if (MfaEnrolment.isChooser(done)) {
            done = MfaEnrolment.withAuthenticatorApp(browser, done).next();
        }
        if (done.leftServerTo() == null) {
            throw new AssertionError("Sign-in of " + email + " did not reach the portal:\n" + done.body());
        }
        String portalToken = portal.exchange(done.leftServerTo()).get("access_token").asText();
        return new Tokens(portalToken, PortalClient.consoleToken(server.realmUrl(), browser));
    }

    /** An enabled, verified user with a permanent password, to create in any realm. */
    public static UserRepresentation withPassword(String username, String email, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Test");
        user.setLastName("Person");
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        return user;
    }

    /** Creates an enabled, verified user (username = e-mail) with a permanent password; returns the id. */
    public static String create(TinAccessServer server, String email, String password) {
        UserRepresentation user = withPassword(email, email, password);
        try (Response response = server.realm().users().create(user)) {
            if (response.getStatus() != 201) {
                throw new AssertionError("Could not create " + email + ": " + response.getStatus() + " " + response.readEntity(String.class));
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
