package org.tinaccess.request;

import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

public class TinClaimAuthenticatorFactory extends RequestStepFactory {

    public static final String PROVIDER_ID = "tin-claim";
    private static final TinClaimAuthenticator SINGLETON = new TinClaimAuthenticator();

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
        return "Request access: TINs, review and submit";
    }

    @Override
    public String getHelpText() {
        return "Steps 2 and 3 of a request to become a TIN admin: TINs one at a time, review, submit, acknowledgement e-mail.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return TinClaimConfig.PROPERTIES;
    }
}
