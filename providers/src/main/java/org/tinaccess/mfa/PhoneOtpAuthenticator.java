package org.tinaccess.mfa;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.tinaccess.flow.StatelessAuthenticator;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.tinaccess.mfa.sender.PhoneChannel;
import org.tinaccess.mfa.sender.PhoneSendException;

/**
 * Second factor by SMS or voice call: sends a code to the user's verified phone and checks it.
 * A wrong code is a credential failure, so Keycloak's brute-force detection counts it (the
 * factory's reference category is "otp"); sending a new code does not reset that count.
 */
public class PhoneOtpAuthenticator implements StatelessAuthenticator {

    static final String TEMPLATE = "phone-otp.ftl";
    private static final Logger LOG = Logger.getLogger(PhoneOtpAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        PhoneCode code = new PhoneCode(context.getAuthenticationSession());
        Optional<PhoneOtpCredentialModel> phone = credential(context);
        if (phone.isEmpty()) {
            context.attempted();
            return;
        }
        if (code.isLive()) {
            context.challenge(page(context, code, null));
            return;
        }
        send(context, code, phone.get(), phone.get().channel());
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        PhoneCode code = new PhoneCode(context.getAuthenticationSession());
        Optional<PhoneOtpCredentialModel> phone = credential(context);
        if (phone.isEmpty()) {
            context.attempted();
            return;
        }
        if (form.containsKey("resend") || form.containsKey("switch")) {
            if (!code.mayResend()) {
                context.challenge(page(context, code, "phoneOtpResendWait"));
                return;
            }
            PhoneChannel channel = code.channel().orElse(phone.get().channel());
            send(context, code, phone.get(), form.containsKey("switch") ? channel.other() : channel);
            return;
        }
        if (isLockedOut(context)) {
            // Same words as a wrong code: a locked account is not announced.
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, code, "phoneOtpInvalid"));
            return;
        }
        switch (code.check(form.getFirst("code"))) {
            case VALID -> {
                code.clear();
                context.success();
            }
            case WRONG -> {
                context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, code, "phoneOtpInvalid"));
            }
            case EXPIRED, EXHAUSTED, NONE -> {
                context.getEvent().error(Errors.EXPIRED_CODE);
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, code, "phoneOtpExpired"));
            }
        }
    }

    private static void send(AuthenticationFlowContext context, PhoneCode code, PhoneOtpCredentialModel phone, PhoneChannel channel) {
        try {
            code.send(context.getSession(), phone.phone(), channel);
            context.challenge(page(context, code, null));
        } catch (PhoneSendException e) {
            LOG.warnf("Could not send a sign-in code to %s: %s", PhoneNumbers.masked(phone.phone()), e.getMessage());
            context.challenge(page(context, code, "phoneOtpSendFailed"));
        }
    }

    private static boolean isLockedOut(AuthenticationFlowContext context) {
        // BruteForceProtector is a private SPI, the one Keycloak's own OTP form consults.
        return context.getRealm().isBruteForceProtected() && context.getSession().getProvider(BruteForceProtector.class)
                .isTemporarilyDisabled(context.getSession(), context.getRealm(), context.getUser());
    }

    /** The user's first verified phone: enrolment keeps one per method chosen. */
    private static Optional<PhoneOtpCredentialModel> credential(AuthenticationFlowContext context) {
        return context.getUser().credentialManager().getStoredCredentialsByTypeStream(PhoneOtpCredentialModel.TYPE)
                .findFirst()
                .map(PhoneOtpCredentialModel::of);
    }

    private static Response page(AuthenticationFlowContext context, PhoneCode code, String error) {
        var form = context.form()
                .setAttribute("maskedPhone", code.phone().map(PhoneNumbers::masked).orElse(""))
                .setAttribute("channel", code.channel().orElse(PhoneChannel.SMS).value());
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return user.credentialManager().isConfiguredFor(PhoneOtpCredentialModel.TYPE);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        user.addRequiredAction(MfaEnrollRequiredAction.PROVIDER_ID);
    }
}
