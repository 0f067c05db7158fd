package org.tinaccess.request;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public class RequestContactAuthenticatorFactory extends RequestStepFactory {

    public static final String PROVIDER_ID = "request-contact";
    private static final RequestContactAuthenticator SINGLETON = new RequestContactAuthenticator();

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Request access: contact information";
    }

    @Override
    public String getHelpText() {
        return "Step 1 of a request to become a TIN admin: name, phone, e-mail, organization and job title.";
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }
}
