package org.tinaccess.mfa;

import java.util.Set;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;

/** Which of a user's credentials prove a second factor. */
public final class SecondFactors {

    /** Recovery codes alone are a fallback, not a method to sign in with every day. */
    static final Set<String> METHODS = Set.of(OTPCredentialModel.TYPE, PhoneOtpCredentialModel.TYPE,
            WebAuthnCredentialModel.TYPE_TWOFACTOR, WebAuthnCredentialModel.TYPE_PASSWORDLESS);

    private SecondFactors() {}

    public static boolean has(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream().map(CredentialModel::getType).anyMatch(METHODS::contains);
    }

    /** Every credential but the password: what an MFA reset removes. */
    public static boolean isSecondFactorOrRecovery(CredentialModel credential) {
        return !PasswordCredentialModel.TYPE.equals(credential.getType());
    }
}
