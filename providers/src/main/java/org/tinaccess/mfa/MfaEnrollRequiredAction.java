package org.tinaccess.mfa;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.tinaccess.mfa.sender.PhoneChannel;
import org.tinaccess.mfa.sender.PhoneSendException;
import org.tinaccess.phone.UsPhone;

/**
 * The MFA chooser ("There are four choices for MFA"): authenticator app (Keycloak's
 * TOTP enrolment), text message or voice call (enrolled here, proving the number with a code),
 * passkey / security key (Keycloak's WebAuthn registration). Recovery codes are offered with the
 * first method. The user cannot reach the portal without finishing one.
 */
public class MfaEnrollRequiredAction implements RequiredActionProvider {

    public static final String PROVIDER_ID = "mfa-enroll";
    static final String CHOOSER = "mfa-enroll.ftl";
    static final String PHONE_PAGE = "mfa-enroll-phone.ftl";
    static final String METHODS_ATTRIBUTE = "tinAccess.mfaMethods";
    static final List<String> ALL_METHODS = List.of("app", "sms", "voice", "passkey");
    private static final String STEP = "ta.mfa.step";
    private static final String RECOVERY = "ta.mfa.recovery";
    private static final String CHANNEL = "ta.mfa.channel";
    private static final Logger LOG = Logger.getLogger(MfaEnrollRequiredAction.class);

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // added explicitly: by activation, by an MFA reset, and by mfa-required at sign-in
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(chooser(context, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String step = authSession.getAuthNote(STEP);
        if (form.containsKey("back")) {
            new PhoneCode(authSession).clear();
            authSession.removeAuthNote(STEP);
            context.challenge(chooser(context, null));
        } else if ("phone-number".equals(step) || "phone-code".equals(step)) {
            phoneStep(context, form, step);
        } else {
            choose(context, form);
        }
    }

    private void choose(RequiredActionContext context, MultivaluedMap<String, String> form) {
        String method = form.getFirst("method");
        if (method == null || !methods(context).contains(method)) {
            context.challenge(chooser(context, "mfaChooseMethod"));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(RECOVERY, String.valueOf(form.containsKey("recoveryCodes")));
        switch (method) {
            case "app" -> finishWith(context, UserModel.RequiredAction.CONFIGURE_TOTP.name());
            case "passkey" -> finishWith(context, "webauthn-register");
            default -> {
                authSession.setAuthNote(STEP, "phone-number");
                authSession.setAuthNote(CHANNEL, method);
                context.challenge(phonePage(context, "phone-number", null, ""));
            }
        }
    }

    private void phoneStep(RequiredActionContext context, MultivaluedMap<String, String> form, String step) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        PhoneCode code = new PhoneCode(authSession);
        PhoneChannel channel = PhoneChannel.fromValue(authSession.getAuthNote(CHANNEL)).orElse(PhoneChannel.SMS);
        if ("phone-number".equals(step) || form.containsKey("resend")) {
            String typed = form.containsKey("resend") ? code.phone().orElse("") : form.getFirst("phone");
            String phone = UsPhone.normalise(typed).orElse(null);
            if (phone == null) {
                context.challenge(phonePage(context, "phone-number", "requestPhoneInvalid", typed == null ? "" : typed));
                return;
            }
            boolean resend = form.containsKey("resend");
            try {
                code.send(context.getSession(), context.getRealm(), context.getUser(), phone, channel);
            } catch (PhoneSendRefused refused) {
                PhoneSendRefusals.record(context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL), context.getUser(), phone,
                        refused.refusal());
                context.challenge(PhoneSendRefusals.withMessage(phoneForm(context, resend ? "phone-code" : "phone-number", resend ? "" : typed),
                        context.getRealm(), refused.refusal()).createForm(PHONE_PAGE));
                return;
            } catch (PhoneSendException e) {
                LOG.warnf("Could not send an enrolment code to %s: %s", PhoneNumbers.masked(phone), e.getMessage());
                context.challenge(phonePage(context, "phone-number", "phoneOtpSendFailed", typed));
                return;
            }
            authSession.setAuthNote(STEP, "phone-code");
            context.challenge(phonePage(context, "phone-code", null, ""));
            return;
        }
        if (code.check(form.getFirst("code")) != CodeCheck.Outcome.VALID) {
            context.getEvent().event(EventType.UPDATE_CREDENTIAL).error("invalid_phone_code");
            context.challenge(phonePage(context, "phone-code", code.isLive() ? "phoneOtpInvalid" : "phoneOtpExpired", ""));
            return;
        }
        String phone = code.phone().orElseThrow();
        code.clear();
        authSession.removeAuthNote(STEP);
        new PhoneOtpCredentialProvider(context.getSession())
                .createCredential(context.getRealm(), context.getUser(), PhoneOtpCredentialModel.create(phone, channel));
        context.getEvent().event(EventType.UPDATE_CREDENTIAL).detail("credential_type", PhoneOtpCredentialModel.TYPE).success();
        finishWith(context, null);
    }

    /** Hands over to Keycloak's own enrolment ({@code next}) when there is one, then offers recovery codes. */
    private static void finishWith(RequiredActionContext context, String next) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (next != null) {
            authSession.addRequiredAction(next);
        }
        boolean hasRecoveryCodes = context.getUser().credentialManager()
                .getStoredCredentialsByTypeStream(RecoveryAuthnCodesCredentialModel.TYPE).findAny().isPresent();
        if (Boolean.parseBoolean(authSession.getAuthNote(RECOVERY)) && !hasRecoveryCodes) {
            authSession.addRequiredAction(UserModel.RequiredAction.CONFIGURE_RECOVERY_AUTHN_CODES.name());
        }
        authSession.removeAuthNote(RECOVERY);
        context.success();
    }

    private static List<String> methods(RequiredActionContext context) {
        String configured = context.getRealm().getAttribute(METHODS_ATTRIBUTE);
        if (configured == null || configured.isBlank()) {
            return ALL_METHODS;
        }
        List<String> methods = Arrays.stream(configured.split(",")).map(String::strip).filter(ALL_METHODS::contains).toList();
        return methods.isEmpty() ? ALL_METHODS : methods;
    }

    private static Response chooser(RequiredActionContext context, String error) {
        var form = context.form()
                .setAttribute("methods", methods(context))
                .setAttribute("hasSecondFactor", SecondFactors.has(context.getUser()));
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(CHOOSER);
    }

    private static Response phonePage(RequiredActionContext context, String step, String error, String typed) {
        LoginFormsProvider form = phoneForm(context, step, typed);
        if (error != null) {
            // A wrong number or code is the field's error, so the field is marked and described by it.
            String field = switch (error) {
                case "requestPhoneInvalid" -> "phone";
                case "phoneOtpInvalid", "phoneOtpExpired" -> "code";
                default -> null;
            };
            form.addError(new FormMessage(field, error));
        }
        return form.createForm(PHONE_PAGE);
    }

    private static LoginFormsProvider phoneForm(RequiredActionContext context, String step, String typed) {
        PhoneCode code = new PhoneCode(context.getAuthenticationSession());
        return context.form()
                .setAttribute("step", step)
                .setAttribute("typedPhone", typed)
                .setAttribute("maskedPhone", code.phone().map(PhoneNumbers::masked).orElse(""))
                .setAttribute("channel", context.getAuthenticationSession().getAuthNote(CHANNEL));
    }

    @Override
    public void close() {
        // stateless
    }
}
