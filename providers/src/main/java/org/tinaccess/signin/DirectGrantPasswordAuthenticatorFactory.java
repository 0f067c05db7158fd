package org.tinaccess.signin;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.tinaccess.flow.StepFactory;

public class DirectGrantPasswordAuthenticatorFactory extends StepFactory {

    public static final String PROVIDER_ID = "direct-grant-password";

    public DirectGrantPasswordAuthenticatorFactory() {
        super(PROVIDER_ID, "Username and password (one answer for every refusal)",
                "Checks the username and password of a password grant; unknown, disabled, locked and wrong all get the same answer.",
                PasswordCredentialModel.TYPE, new DirectGrantPasswordAuthenticator(), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
