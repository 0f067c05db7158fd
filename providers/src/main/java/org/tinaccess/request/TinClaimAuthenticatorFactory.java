package org.tinaccess.request;

import java.util.List;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.provider.ProviderConfigProperty;
import org.tinaccess.flow.StepFactory;

public class TinClaimAuthenticatorFactory extends StepFactory {

    public static final String PROVIDER_ID = "tin-claim";

    public TinClaimAuthenticatorFactory() {
        super(PROVIDER_ID, "Request access: TINs, review and submit",
                "Steps 2 and 3 of a request to become a TIN admin: TINs one at a time, review, submit, acknowledgement e-mail.",
                null, new TinClaimAuthenticator(), Requirement.REQUIRED, Requirement.DISABLED);
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
