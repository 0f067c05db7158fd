package org.tinaccess.mfa;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.tinaccess.flow.StatelessAuthenticator;
import org.tinaccess.mail.PortalMail;

/**
 * After the second-factor step: a user with no second factor is sent to {@code mfa-enroll} before
 * reaching the portal. A user who got in with a recovery code ("I have a new phone")
 * loses the phone-bound factors (app and phone codes) and binds the new device right away; the
 * user is told by e-mail.
 */
public class MfaRequiredAuthenticator implements StatelessAuthenticator {

    static final String RECOVERY_CODE_AUTHENTICATOR = "auth-recovery-authn-code-form";
    private static final Set<String> PHONE_BOUND = Set.of(OTPCredentialModel.TYPE, PhoneOtpCredentialModel.TYPE);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (signedInWithRecoveryCode(context)) {
            user.credentialManager().getStoredCredentialsStream()
                    .filter(credential -> PHONE_BOUND.contains(credential.getType()))
                    .toList()
                    .forEach(credential -> user.credentialManager().removeStoredCredentialById(credential.getId()));
            context.getEvent().clone().event(EventType.REMOVE_CREDENTIAL).detail("reason", "recovery-code-used").user(user).success();
            new PortalMail(context.getSession(), context.getRealm()).sendAfterCommit(user.getEmail(), "mfaRecoveredSubject", List.of(),
                    "mfa-recovered.ftl", Map.of("firstName", user.getFirstName() == null ? "" : user.getFirstName()));
        }
        if (!SecondFactors.has(user)) {
            context.getAuthenticationSession().addRequiredAction(MfaEnrollRequiredAction.PROVIDER_ID);
        }
        context.success();
    }

    private static boolean signedInWithRecoveryCode(AuthenticationFlowContext context) {
        return context.getAuthenticationSession().getExecutionStatus().entrySet().stream()
                .filter(entry -> entry.getValue() == AuthenticationSessionModel.ExecutionStatus.SUCCESS)
                .map(entry -> context.getRealm().getAuthenticationExecutionById(entry.getKey()))
                .anyMatch(execution -> execution != null && RECOVERY_CODE_AUTHENTICATOR.equals(execution.getAuthenticator()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
