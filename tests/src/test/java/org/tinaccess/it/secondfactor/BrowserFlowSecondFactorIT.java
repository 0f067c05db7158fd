package org.tinaccess.it.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tinaccess.it.secondfactor.SessionEvidence.assertNothingIssued;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.FactorHolders.Holder;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.SoftwarePasskey;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * The browser flow and the application-initiated actions that ride on it: for a person holding
 * each kind of factor, the page after the password asks for that factor (or, with none yet, enrols
 * one), and nothing is issued until it is passed.
 */
@IntegrationTest
class BrowserFlowSecondFactorIT {

    /** The account console's actions (kc_action) and the page each one shows once the person is signed in. */
    private static final Map<String, Predicate<WebSession.Page>> ACTIONS = Map.of(
            "CONFIGURE_TOTP", page -> page.document().selectFirst("#kc-totp-settings-form") != null,
            "webauthn-register", SoftwarePasskey::isRegistrationPage,
            "webauthn-register-passwordless", SoftwarePasskey::isRegistrationPage,
            "security-image", LoginPages::isImageChooser);

    @ParameterizedTest
    @EnumSource(Factor.class)
    void signInAsksForTheFactorThePersonHoldsBeforeAnythingIsIssued(Factor factor, TinAccessServer server) {
        Holder holder = FactorHolders.create(server, factor);
        WebSession browser = new WebSession(server.baseUrl());
        PortalClient portal = new PortalClient(server);

        WebSession.Page afterPassword = LoginPages.signIn(browser, browser.get(portal.authorizationUrl()), holder.email(), RealmUsers.PASSWORD);

        assertTrue(holder.isAskedFor(afterPassword), factor + " must be asked for:\n" + afterPassword.body());
        assertNothingIssued(server, holder.userId(), browser, afterPassword);
        WebSession.Page done = holder.pass(browser, afterPassword);
        if (factor == Factor.RECOVERY_CODES_ONLY) {
            assertTrue(MfaEnrolment.isChooser(done), "a recovery code leads to binding a new device:\n" + done.body());
            assertNothingIssued(server, holder.userId(), browser, done);
            done = MfaEnrolment.withAuthenticatorApp(browser, done).next();
        }
        assertNotNull(done.leftServerTo(), done.body());
        assertNotNull(portal.exchange(done.leftServerTo()).get("access_token"));
    }

    @ParameterizedTest
    @EnumSource(Factor.class)
    void accountConsoleActionsRunOnlyAfterTheSecondFactor(Factor factor, TinAccessServer server) {
        Holder holder = FactorHolders.create(server, factor);
        for (Map.Entry<String, Predicate<WebSession.Page>> action : ACTIONS.entrySet()) {
            WebSession browser = new WebSession(server.baseUrl());
            String url = new PortalClient(server).authorizationUrl() + "&kc_action=" + action.getKey();

            WebSession.Page afterPassword = LoginPages.signIn(browser, browser.get(url), holder.email(), RealmUsers.PASSWORD);

            assertNothingIssued(server, holder.userId(), browser, afterPassword);
            if (factor == Factor.NONE) {
                continue;
            }
            assertTrue(holder.isAskedFor(afterPassword), action.getKey() + ": " + factor + " first:\n" + afterPassword.body());
            WebSession.Page actionPage = holder.pass(browser, afterPassword);
            if (factor != Factor.RECOVERY_CODES_ONLY) {
                assertTrue(action.getValue().test(actionPage), action.getKey() + " after the factor:\n" + actionPage.body());
            }
        }
    }

    @Test
    void cancelAiaPostedOutsideAnApplicationInitiatedActionSkipsNoStep(TinAccessServer server) {
        Holder holder = FactorHolders.create(server, Factor.NONE);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page imageChooser = LoginPages.signIn(browser, browser.get(new PortalClient(server).authorizationUrl()),
                holder.email(), RealmUsers.PASSWORD);
        assertTrue(LoginPages.isImageChooser(imageChooser), imageChooser.body());

        WebSession.Page afterCancel = browser.submit(imageChooser.form("#ta-security-image-form"), Map.of("cancel-aia", ""));
        assertTrue(LoginPages.isImageChooser(afterCancel), "the image step is still asked:\n" + afterCancel.body());
        WebSession.Page mfaChooser = LoginPages.chooseImage(browser, afterCancel, LoginPages.IMAGE, LoginPages.CAPTION);
        WebSession.Page afterSecondCancel = browser.submit(mfaChooser.form("#ta-mfa-enroll"), Map.of("cancel-aia", ""),
                Set.of("method", "recoveryCodes"));

        assertNotNull(afterSecondCancel.document().selectFirst("#ta-mfa-enroll"), "the MFA step is still asked:\n" + afterSecondCancel.body());
        assertNothingIssued(server, holder.userId(), browser, afterSecondCancel);
    }

    @Test
    void tryAnotherWayOffersOnlyWhatThePersonHolds(TinAccessServer server) {
        Holder holder = FactorHolders.create(server, Factor.APP);
        WebSession browser = new WebSession(server.baseUrl());

        WebSession.Page otp = LoginPages.signIn(browser, browser.get(new PortalClient(server).authorizationUrl()), holder.email(),
                RealmUsers.PASSWORD);

        assertTrue(holder.isAskedFor(otp), otp.body());
        assertNull(otp.document().selectFirst("#kc-select-try-another-way-form"),
                "an app alone leaves no other way to offer (no phone, no passkey):\n" + otp.body());
    }

    @Test
    void tryAnotherWayListsTheAppAndRecoveryCodesOfSomeoneWhoHasBoth(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("both");
        RealmUsers.create(server, email, RealmUsers.PASSWORD);
        WebSession first = new WebSession(server.baseUrl());
        PortalClient portal = new PortalClient(server);
        WebSession.Page chooser = LoginPages.pastImageChooser(first, LoginPages.signIn(first, first.get(portal.authorizationUrl()), email,
                RealmUsers.PASSWORD));
        MfaEnrolment.withAppAndRecoveryCodes(first, chooser).keep(first);

        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page otp = LoginPages.signIn(browser, browser.get(portal.authorizationUrl()), email, RealmUsers.PASSWORD);
        WebSession.Page options = browser.submit(otp.form("#kc-select-try-another-way-form"), Map.of());

        List<String> offered = options.document().select(".ta-select-credential .select-auth-box-headline").eachText();
        assertEquals(List.of("Authenticator Application", "Recovery Authentication Code"), offered, options.body());
    }
}
