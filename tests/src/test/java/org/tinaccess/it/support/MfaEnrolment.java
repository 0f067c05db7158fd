package org.tinaccess.it.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The MFA chooser as a person answers it with an authenticator app (the most common choice in tests). */
public final class MfaEnrolment {

    private MfaEnrolment() {}

    /** The MFA chooser, possibly behind the security-image chooser of an account that has no image yet. */
    public static boolean isChooser(WebSession.Page page) {
        return page.document().selectFirst("#ta-mfa-enroll") != null || LoginPages.isImageChooser(page);
    }

    /** Chooses the authenticator app (no recovery codes), enrols it, accepts the terms and returns the app's secret and the page after. */
    public record Enrolled(String totpSecret, WebSession.Page next) {}

    /** The app enrolled with the recovery codes the chooser offers, stopped at the page that shows the codes. */
    public record CodesOffered(String totpSecret, WebSession.Page codesPage, List<String> codes) {

        /** "I have saved them", then the terms: the page after them. */
        public WebSession.Page keep(WebSession browser) {
            return TermsOfUse.acceptIfAsked(browser, browser.submit(codesPage.form("#kc-recovery-codes-settings-form"), Map.of()));
        }
    }

    public static CodesOffered withAppAndRecoveryCodes(WebSession browser, WebSession.Page page) {
        WebSession.Page chooser = LoginPages.pastImageChooser(browser, page);
        WebSession.Page totp = browser.submit(chooser.form("#ta-mfa-enroll"), Map.of("method", "app"));
        Element totpForm = totp.form("#kc-totp-settings-form");
        String secret = totpForm.selectFirst("#totpSecret").val();
        WebSession.Page codesPage = browser.submit(totpForm, Map.of("totp", Totp.code(secret, 0), "userLabel", "phone"));
        Element codesForm = codesPage.form("#kc-recovery-codes-settings-form");
        return new CodesOffered(secret, codesPage, List.of(codesForm.selectFirst("input[name=generatedRecoveryAuthnCodes]").val().split(",")));
    }

    public static Enrolled withAuthenticatorApp(WebSession browser, WebSession.Page page) {
        WebSession.Page chooser = LoginPages.pastImageChooser(browser, page);
        WebSession.Page totp = browser.submit(chooser.form("#ta-mfa-enroll"), Map.of("method", "app"), Set.of("recoveryCodes"));
        Element totpForm = totp.form("#kc-totp-settings-form");
        String secret = totpForm.selectFirst("#totpSecret").val();
        WebSession.Page enrolled = browser.submit(totpForm, Map.of("totp", Totp.code(secret, 0), "userLabel", "phone"));
        return new Enrolled(secret, TermsOfUse.acceptIfAsked(browser, enrolled));
    }
}
