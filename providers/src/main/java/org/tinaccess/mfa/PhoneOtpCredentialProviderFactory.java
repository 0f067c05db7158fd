package org.tinaccess.mfa;

import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class PhoneOtpCredentialProviderFactory implements CredentialProviderFactory<PhoneOtpCredentialProvider> {

    public static final String PROVIDER_ID = "phone-otp";

    @Override
    public CredentialProvider<?> create(KeycloakSession session) {
        return new PhoneOtpCredentialProvider(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
