package org.tinaccess.mfa;

import java.util.List;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;

/**
 * "I have a new phone": every second factor and recovery code goes, and the next
 * sign-in runs the MFA chooser. The caller records the event and tells the user.
 */
public final class MfaReset {

    private MfaReset() {}

    /** Returns how many credentials were removed. */
    public static int apply(UserModel user) {
        List<CredentialModel> secondFactors = user.credentialManager().getStoredCredentialsStream()
                .filter(SecondFactors::isSecondFactorOrRecovery)
                .toList();
        secondFactors.forEach(credential -> user.credentialManager().removeStoredCredentialById(credential.getId()));
        user.addRequiredAction(MfaEnrollRequiredAction.PROVIDER_ID);
        return secondFactors.size();
    }
}
