package org.tinaccess.image;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.tinaccess.flow.StepFactory;

public class SecurityImagePasswordAuthenticatorFactory extends StepFactory {

    public static final String PROVIDER_ID = "security-image-password";

    public SecurityImagePasswordAuthenticatorFactory() {
        super(PROVIDER_ID, "Security image and password",
                "Shows the user's security image and caption (a stable fake one for unknown usernames), then checks the password.",
                PasswordCredentialModel.TYPE, new SecurityImagePasswordAuthenticator(), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
