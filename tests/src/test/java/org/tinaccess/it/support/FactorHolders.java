package org.tinaccess.it.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.representations.idm.CredentialRepresentation;

/**
 * People holding each kind of second factor, enrolled through the real pages (the MFA chooser,
 * Keycloak's OTP, WebAuthn and recovery-code pages, the account console's passkey action), and
 * how each of them answers the second-factor page they are shown.
 */
public final class FactorHolders {

    /** What a person can hold as a second factor. */
    public enum Factor {
        /** An authenticator app (TOTP), from the MFA chooser. */
        APP,
        SMS,
        VOICE,
        /** A passkey or security key enrolled as a second factor (credential type webauthn). */
        PASSKEY,
        /** Only a passkey added from the account console (webauthn-passwordless), the app removed. */
        PASSKEY_ONLY,
        /** Only recovery codes left: the app that came with them removed. */
        RECOVERY_CODES_ONLY,
        /** A password and nothing else yet. */
        NONE
    }

    private FactorHolders() {}

    /** A person, their factor and what answering it takes. */
    public record Holder(TinAccessServer server, Factor factor, String email, String userId, String totpSecret, TestPhones.Phone phone,
            SoftwarePasskey passkey, List<String> recoveryCodes) {

        /** Whether {@code page} asks for this person's own factor (the MFA chooser for someone with none). */
        public boolean isAskedFor(WebSession.Page page) {
            return switch (factor) {
                case APP -> page.document().selectFirst("#kc-otp-login-form") != null;
                case SMS, VOICE -> page.document().selectFirst("#ta-phone-otp-form") != null;
                case PASSKEY, PASSKEY_ONLY -> SoftwarePasskey.isAuthenticationPage(page);
                case RECOVERY_CODES_ONLY -> page.document().selectFirst("#kc-recovery-code-login-form") != null;
                case NONE -> MfaEnrolment.isChooser(page);
            };
        }

        /** Answers this person's second-factor page; returns the page after. */
        public WebSession.Page pass(WebSession browser, WebSession.Page page) {
            if (!isAskedFor(page)) {
                throw new AssertionError(factor + " is not what this page asks for:\n" + page.body());
            }
            return switch (factor) {
                case APP -> browser.submit(page.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(totpSecret)));
                case SMS, VOICE -> {
                    List<PhoneGateway.Message> sent = server.phones().messagesTo(phone.e164());
                    yield browser.submit(page.form("#ta-phone-otp-form"), Map.of("code", sent.get(sent.size() - 1).code()));
                }
                case PASSKEY, PASSKEY_ONLY -> passkey.authenticate(browser, page);
                case RECOVERY_CODES_ONLY -> browser.submit(page.form("#kc-recovery-code-login-form"),
                        Map.of("recoveryCodeInput", recoveryCode(page)));
                case NONE -> MfaEnrolment.withAuthenticatorApp(browser, page).next();
            };
        }

        private String recoveryCode(WebSession.Page page) {
            String label = page.document().selectFirst("label[for=recoveryCodeInput]").text();
            Matcher number = Pattern.compile("#(\\d+)").matcher(label);
            if (!number.find()) {
                throw new AssertionError("No code number in " + label);
            }
            return recoveryCodes.get(Integer.parseInt(number.group(1)) - 1);
        }
    }

    /** A new account (password {@link RealmUsers#PASSWORD}) holding {@code factor}, signed out. */
    public static Holder create(TinAccessServer server, Factor factor) {
        String email = RealmUsers.uniqueEmail(factor.name().toLowerCase().replace('_', '-'));
        String userId = RealmUsers.create(server, email, RealmUsers.PASSWORD);
        if (factor == Factor.NONE) {
            return new Holder(server, factor, email, userId, null, null, null, List.of());
        }
        WebSession browser = new WebSession(server.baseUrl());
        PortalClient portal = new PortalClient(server);
        WebSession.Page chooser = LoginPages.pastImageChooser(browser,
                LoginPages.signIn(browser, browser.get(portal.authorizationUrl()), email, RealmUsers.PASSWORD));
        Holder holder = switch (factor) {
            case APP -> new Holder(server, factor, email, userId, MfaEnrolment.withAuthenticatorApp(browser, chooser).totpSecret(), null, null,
                    List.of());
            case SMS, VOICE -> {
                TestPhones.Phone phone = TestPhones.Phone.next();
                expectPortal(TermsOfUse.acceptIfAsked(browser, TestPhones.enrol(server, browser, chooser, factor.name().toLowerCase(), phone)));
                yield new Holder(server, factor, email, userId, null, phone, null, List.of());
            }
            case PASSKEY -> {
                SoftwarePasskey passkey = new SoftwarePasskey(server.baseUrl());
                WebSession.Page register = browser.submit(chooser.form("#ta-mfa-enroll"), Map.of("method", "passkey"), Set.of("recoveryCodes"));
                expectPortal(TermsOfUse.acceptIfAsked(browser, passkey.register(browser, register)));
                yield new Holder(server, factor, email, userId, null, null, passkey, List.of());
            }
            case PASSKEY_ONLY -> passkeyOnly(server, email, userId, MfaEnrolment.withAuthenticatorApp(browser, chooser).totpSecret());
            case RECOVERY_CODES_ONLY -> recoveryCodesOnly(server, email, userId, browser, chooser);
            case NONE -> throw new IllegalStateException();
        };
        // Signed out again: the sessions of the enrolment must not count as sessions of the test that follows.
        server.realm().users().get(userId).logout();
        return holder;
    }

    /** Adds a passkey from the account console (kc_action=webauthn-register-passwordless), then removes the app. */
    private static Holder passkeyOnly(TinAccessServer server, String email, String userId, String totpSecret) {
        PortalClient portal = new PortalClient(server);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page otp = LoginPages.signIn(browser, browser.get(portal.authorizationUrl() + "&kc_action=webauthn-register-passwordless"),
                email, RealmUsers.PASSWORD);
        WebSession.Page register = browser.submit(otp.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(totpSecret)));
        SoftwarePasskey passkey = new SoftwarePasskey(server.baseUrl());
        expectPortal(passkey.register(browser, register));
        removeCredentials(server, userId, "otp");
        return new Holder(server, Factor.PASSKEY_ONLY, email, userId, null, null, passkey, List.of());
    }

    /** Enrols the app with recovery codes, keeps the codes, then removes the app. */
    private static Holder recoveryCodesOnly(TinAccessServer server, String email, String userId, WebSession browser, WebSession.Page chooser) {
        MfaEnrolment.CodesOffered offered = MfaEnrolment.withAppAndRecoveryCodes(browser, chooser);
        expectPortal(offered.keep(browser));
        removeCredentials(server, userId, "otp");
        return new Holder(server, Factor.RECOVERY_CODES_ONLY, email, userId, null, null, null, offered.codes());
    }

    private static void removeCredentials(TinAccessServer server, String userId, String type) {
        for (CredentialRepresentation credential : server.realm().users().get(userId).credentials()) {
            if (type.equals(credential.getType())) {
                server.realm().users().get(userId).removeCredential(credential.getId());
            }
        }
    }

    private static void expectPortal(WebSession.Page page) {
        if (page.leftServerTo() == null) {
            throw new AssertionError("Enrolment did not end at the portal:\n" + page.body());
        }
    }
}
