package org.tinaccess.it.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/** The plan's "If you get a new device", self-service: a recovery code gets the user in to bind the new phone. */
@IntegrationTest
class MfaRecoveryIT {

    @Test
    void aRecoveryCodeSignsTheUserInDropsTheOldPhoneFactorAndBindsANewDevice(TinAccessServer server) {
        String email = RealmUsers.uniqueEmail("new-phone");
        RealmUsers.create(server, email, RealmUsers.PASSWORD);
        PortalClient portal = new PortalClient(server);

        // Enrol the authenticator app, with the recovery codes the chooser offers.
        WebSession first = new WebSession(server.baseUrl());
        WebSession.Page chooser = LoginPages.pastImageChooser(first,
                LoginPages.signIn(first, first.get(portal.authorizationUrl()), email, RealmUsers.PASSWORD));
        MfaEnrolment.CodesOffered offered = MfaEnrolment.withAppAndRecoveryCodes(first, chooser);
        List<String> codes = offered.codes();
        assertNotNull(offered.keep(first).leftServerTo(), "enrolment done");

        // The phone is gone: at the code page, "Try another way" offers the recovery codes.
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page otp = LoginPages.signIn(browser, browser.get(portal.authorizationUrl()), email, RealmUsers.PASSWORD);
        WebSession.Page options = browser.submit(otp.form("#kc-select-try-another-way-form"), Map.of());
        Element recoveryOption = options.document().select("form.ta-select-credential-form").stream()
                .filter(form -> form.text().contains("Recovery"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no recovery-code option:\n" + options.body()));
        WebSession.Page recoveryPage = browser.submit(recoveryOption, Map.of(), Set.of());
        String label = recoveryPage.document().selectFirst("label[for=recoveryCodeInput]").text();
        Matcher number = Pattern.compile("#(\\d+)").matcher(label);
        assertTrue(number.find(), label);
        WebSession.Page next = browser.submit(recoveryPage.form("#kc-recovery-code-login-form"),
                Map.of("recoveryCodeInput", codes.get(Integer.parseInt(number.group(1)) - 1)));

        assertNotNull(next.document().selectFirst("#ta-mfa-enroll"), "straight to binding the new device:\n" + next.body());
        String userId = server.realm().users().searchByEmail(email, true).get(0).getId();
        assertTrue(server.realm().users().get(userId).credentials().stream().noneMatch(c -> "otp".equals(c.getType())),
                "the old phone's authenticator is removed");
        assertTrue(Mails.subject(server.inbox().awaitMessageTo(email)).contains("recovery code"));
        assertEquals(1, server.inbox().messagesTo(email).size());
    }
}
