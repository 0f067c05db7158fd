package org.tinaccess.mfa;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.tinaccess.flow.StatelessAuthenticator;
import org.tinaccess.mfa.sender.PhoneChannel;
import org.tinaccess.mfa.sender.PhoneSendException;

/**
 * Second factor by SMS or voice call: sends a code to the user's verified phone and checks it.
 * A wrong code is a credential failure, so Keycloak's brute-force detection counts it (the
 * factory's reference category is "otp"); sending a new code does not reset that count. As a
 * {@link CredentialValidator}, "Try another way" offers it only to people who hold a phone factor.
 */
public class PhoneOtpAuthenticator implements StatelessAuthenticator, CredentialValidator<PhoneOtpCredentialProvider> {

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
                context.success(PhoneOtpCredentialModel.TYPE);
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
            code.send(context.getSession(), context.getRealm(), context.getUser(), phone.phone(), channel);
            context.challenge(page(context, code, null));
        } catch (PhoneSendRefused refused) {
            PhoneSendRefusals.record(context.getEvent().clone(), context.getUser(), phone.phone(), refused.refusal());
            context.challenge(PhoneSendRefusals.withMessage(context.form(), context.getRealm(), refused.refusal())
                    .setAttribute("maskedPhone", PhoneNumbers.masked(phone.phone()))
                    .setAttribute("channel", code.channel().orElse(channel).value())
                    .createForm(TEMPLATE));
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

    private static final String CODE_FIELD = "code";
    private static final Set<String> CODE_ERRORS = Set.of("phoneOtpInvalid", "phoneOtpExpired");

    private static Response page(AuthenticationFlowContext context, PhoneCode code, String error) {
        var form = context.form()
                .setAttribute("maskedPhone", code.phone().map(PhoneNumbers::masked).orElse(""))
                .setAttribute("channel", code.channel().orElse(PhoneChannel.SMS).value());
        if (error != null && CODE_ERRORS.contains(error)) {
            // A wrong or expired code is the code field's error: described by it, focused on it (WCAG 3.3.1).
            form.addError(new FormMessage(CODE_FIELD, error));
        } else if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public PhoneOtpCredentialProvider getCredentialProvider(KeycloakSession session) {
        return (PhoneOtpCredentialProvider) session.getProvider(CredentialProvider.class, PhoneOtpCredentialProviderFactory.PROVIDER_ID);
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
