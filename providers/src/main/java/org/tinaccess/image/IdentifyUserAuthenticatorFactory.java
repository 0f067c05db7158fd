package org.tinaccess.image;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.tinaccess.flow.StepFactory;

public class IdentifyUserAuthenticatorFactory extends StepFactory {

    public static final String PROVIDER_ID = "identify-user";

    public IdentifyUserAuthenticatorFactory() {
        super(PROVIDER_ID, "Username (identifier first, no account disclosure)",
                "Asks for the username only and always moves on, so the page does not reveal whether an account exists.",
                null, new IdentifyUserAuthenticator(), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
