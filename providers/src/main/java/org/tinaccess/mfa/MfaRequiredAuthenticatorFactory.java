package org.tinaccess.mfa;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.tinaccess.flow.StepFactory;

public class MfaRequiredAuthenticatorFactory extends StepFactory {

    public static final String PROVIDER_ID = "mfa-required";

    public MfaRequiredAuthenticatorFactory() {
        super(PROVIDER_ID, "Require a second factor",
                "Sends users who have no second factor to the MFA enrolment (mfa-enroll) before they reach the application.",
                null, new MfaRequiredAuthenticator(), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
