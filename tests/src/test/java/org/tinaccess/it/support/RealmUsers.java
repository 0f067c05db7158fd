package org.tinaccess.it.support;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Minimal per-scenario accounts, made through the admin API with addresses no other test uses. */
public final class RealmUsers {

    private RealmUsers() {}

    /** A fresh e-mail address under the test domain, unique in this run. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@provider.test";
    }

    /** Creates an enabled, verified user (username = e-mail) with a permanent password; returns the id. */
    public static String create(TinAccessServer server, String email, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
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
        try (Response response = server.realm().users().create(user)) {
            if (response.getStatus() != 201) {
                throw new AssertionError("Could not create " + email + ": " + response.getStatus() + " " + response.readEntity(String.class));
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
