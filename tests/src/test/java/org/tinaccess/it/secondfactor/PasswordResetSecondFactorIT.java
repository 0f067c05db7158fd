package org.tinaccess.it.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tinaccess.it.secondfactor.SessionEvidence.assertNothingIssued;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.tinaccess.it.support.Await;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.FactorHolders.Holder;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.LoginPages;
import org.tinaccess.it.support.MfaEnrolment;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * "Forgot password?" with only the victim's mailbox (OWASP ASVS 5.0 6.4.3): the e-mailed link
 * proves the address, never the second factor. The reset asks for one of the person's existing
 * factors before the new password, keeps them all, and someone with none is sent to recovery.
 */
@OnBothMinors
@IntegrationTest
class PasswordResetSecondFactorIT {

    private static final String NEW_PASSWORD = "Fresh-Meadow-31";

    @ParameterizedTest
    @EnumSource(value = Factor.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void theResetLinkAsksForAnExistingFactorBeforeTheNewPasswordAndKeepsIt(Factor factor, TinAccessServer server) {
        Holder holder = FactorHolders.create(server, factor);
        List<String> factorsBefore = secondFactorIds(server, holder.userId());
        WebSession mailboxOnly = new WebSession(server.baseUrl());

        WebSession.Page opened = mailboxOnly.get(LoginPages.passwordResetLink(server, holder.email()));

        assertTrue(holder.isAskedFor(opened), factor + " is asked before anything else:\n" + opened.body());
        assertNull(opened.document().selectFirst("#kc-passwd-update-form"), "no new password before the second factor");
        assertNothingIssued(server, holder.userId(), mailboxOnly, opened);

        WebSession.Page passwordPage = holder.pass(mailboxOnly, opened);
        WebSession.Page done = mailboxOnly.submit(passwordPage.form("#kc-passwd-update-form"),
                Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        if (factor == Factor.RECOVERY_CODES_ONLY) {
            assertTrue(MfaEnrolment.isChooser(done), "a recovery code leads to binding a new device:\n" + done.body());
            return;
        }
        // Opened in a browser of its own, Keycloak ends the reset with "Your account has been updated" and no session.
        assertTrue(done.leftServerTo() != null || done.body().contains("Your account has been updated"), done.body());
        assertFalse(MfaEnrolment.isChooser(done) || done.body().contains("kc-totp-settings-form"), "no enrolment offered:\n" + done.body());
        assertEquals(factorsBefore, secondFactorIds(server, holder.userId()), "every second factor is kept, none added");
    }

    @ParameterizedTest
    @EnumSource(value = Factor.class, names = "NONE")
    void someoneWithNoSecondFactorCannotResetFromTheMailboxAlone(Factor factor, TinAccessServer server) {
        Holder holder = FactorHolders.create(server, factor);
        WebSession mailboxOnly = new WebSession(server.baseUrl());

        WebSession.Page opened = mailboxOnly.get(LoginPages.passwordResetLink(server, holder.email()));

        assertNull(opened.document().selectFirst("#kc-passwd-update-form"), opened.body());
        assertNull(opened.document().selectFirst("#ta-mfa-enroll"), "no self-enrolment from the mailbox alone");
        assertTrue(opened.body().contains("Provider Assistance Center"), "the page says where to recover:\n" + opened.body());
        assertNothingIssued(server, holder.userId(), mailboxOnly, opened);
    }

    @ParameterizedTest
    @EnumSource(value = Factor.class, names = {"APP", "SMS"})
    void aResetWhileLockedOutByBruteForceStaysLocked(Factor factor, TinAccessServer server) {
        Holder holder = FactorHolders.create(server, factor);
        PortalClient portal = new PortalClient(server);
        for (int i = 0; i < 5; i++) {
            WebSession attacker = new WebSession(server.baseUrl());
            LoginPages.signIn(attacker, attacker.get(portal.authorizationUrl()), holder.email(), "Guessed-Wrong-" + i);
        }
        Await.until("the lockout", Duration.ofSeconds(10), () -> server.realm().attackDetection().bruteForceUserStatus(holder.userId()),
                status -> Boolean.TRUE.equals(status.get("disabled")));
        WebSession mailboxOnly = new WebSession(server.baseUrl());

        WebSession.Page opened = mailboxOnly.get(LoginPages.passwordResetLink(server, holder.email()));
        WebSession.Page afterFactor = holder.isAskedFor(opened) ? holder.pass(mailboxOnly, opened) : opened;

        assertNull(afterFactor.document().selectFirst("#kc-passwd-update-form"), "the lockout holds:\n" + afterFactor.body());
        assertNothingIssued(server, holder.userId(), mailboxOnly, afterFactor);
        assertEquals(Boolean.TRUE, server.realm().attackDetection().bruteForceUserStatus(holder.userId()).get("disabled"));
    }

    private static List<String> secondFactorIds(TinAccessServer server, String userId) {
        return server.realm().users().get(userId).credentials().stream()
                // the password, and the old one kept by the passwordHistory policy, are not second factors
                .filter(credential -> !credential.getType().startsWith(CredentialRepresentation.PASSWORD))
                .map(CredentialRepresentation::getId)
                .sorted()
                .toList();
    }
}
