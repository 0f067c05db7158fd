package org.tinaccess.mfa;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.credential.OTPCredentialModel;
import org.tinaccess.flow.StepFactory;

public class PhoneOtpAuthenticatorFactory extends StepFactory {

    public static final String PROVIDER_ID = "phone-otp";

    /** Reference category "otp": since 26.6 brute-force detection counts failures only of password, otp and recovery-code steps. */
    public PhoneOtpAuthenticatorFactory() {
        super(PROVIDER_ID, "Phone code (SMS or voice call)",
                "Sends a 6-digit code to the user's verified phone by text message or voice call.",
                OTPCredentialModel.TYPE, new PhoneOtpAuthenticator(), Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED);
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }
}
