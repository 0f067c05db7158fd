package org.tinaccess.request;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.tinaccess.flow.StepFactory;

public class RequestContactAuthenticatorFactory extends StepFactory {

    public static final String PROVIDER_ID = "request-contact";

    public RequestContactAuthenticatorFactory() {
        super(PROVIDER_ID, "Request access: contact information",
                "Step 1 of a request to become a TIN admin: name, phone, e-mail, organization and job title.",
                null, new RequestContactAuthenticator(), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
