package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * In the account console: a help-desk agent finds the caller, sends a code by letter to the TIN's address
 * and types a wrong one (its message under the field), then asks the TIN's admin instead; the admin confirms on My Tax
 * IDs; the agent resets. Only with the keyboard where a person would type (Enter sends each form), and
 * each new state audited (WCAG 2.1 AA).
 */
@BrowserTest
class HelpDeskInBrowserIT {

    @Test
    void anAgentVerifiesTheCallerThroughTheirAdminAndResetsTheirSecondFactor(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer);
        PaymentRecords.upload(server, reviewer, tin.tin() + ",V-HB1,,CHK-HB1,2026-07-01,Lindqvist Clinic,9 Harbor St,,Ashland,WI,54806\n");
        PortalUsers.SignedIn caller = BackupAdminSetup.member(server, tin.admin().apiToken(), tin.tin(), "Lindqvist");
        FactorHolders.Holder agent = FactorHolders.create(server, FactorHolders.Factor.APP);
        RoleRepresentation role = server.realm().roles().get("tin-help-desk").toRepresentation();
        server.realm().users().get(agent.userId()).roles().realmLevel().add(List.of(role));
        AccessibilityAudit audit = new AccessibilityAudit(chromium);
        ConsolePages console = new ConsolePages(server, chromium);

        console.signIn(agent.email(), RealmUsers.PASSWORD, agent.totpSecret());
        assertTrue(console.menuShows("tin-access/help-desk"));
        console.open("tin-access/help-desk");
        chromium.await(By.id("help-desk-q"));
        findCaller(chromium, caller.email());
        chromium.await(By.cssSelector("[data-testid=help-desk-ways]"));
        audit.check("help desk: the caller and the ways to verify them");

        chromium.click(By.id("help-desk-method-letter"));
        chromium.await(By.id("help-desk-tin"));
        chromium.click(By.cssSelector("[data-testid=help-desk-send]"));
        chromium.await(By.id("help-desk-code"));
        // Letter codes are letters and digits in two groups of five: this one cannot be it.
        chromium.type(By.id("help-desk-code"), "00000-0000");
        chromium.driver().findElement(By.id("help-desk-code")).sendKeys(Keys.ENTER);
        assertTrue(chromium.await(By.id("help-desk-code-error")).getText().contains("tries left"));
        audit.check("help desk: a wrong code");

        // The caller does not have the letter at hand: their admin confirms instead.
        chromium.click(By.xpath("//button[normalize-space()='Verify another way']"));
        chromium.click(By.id("help-desk-method-admin"));
        chromium.await(By.id("help-desk-tin"));
        chromium.click(By.cssSelector("[data-testid=help-desk-send]"));
        chromium.await(By.cssSelector("[data-testid=help-desk-refresh]"));
        audit.check("help desk: waiting for the admin");

        console.signIn(tin.admin().email(), PortalUsers.PASSWORD, tin.admin().totpSecret());
        console.open("tin-access/tins");
        chromium.await(By.cssSelector("[data-testid=help-desk-confirm]"));
        chromium.screenshot("console-help-desk-confirm");
        audit.check("my tax ids: the help desk asks");
        chromium.click(By.cssSelector("[data-testid=help-desk-confirm]"));
        console.confirm();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=help-desk-confirm]")));

        console.signIn(agent.email(), RealmUsers.PASSWORD, agent.totpSecret());
        console.open("tin-access/help-desk");
        findCaller(chromium, caller.email());
        chromium.await(By.cssSelector("[data-testid=help-desk-reset]"));
        chromium.screenshot("console-help-desk-verified");
        audit.check("help desk: the caller is verified");
        chromium.click(By.cssSelector("[data-testid=help-desk-reset]"));
        chromium.await(By.cssSelector("[data-testid=help-desk-done]"));
        audit.check("help desk: reset");
        audit.assertNoViolations();
        assertFalse(server.realm().users().get(caller.userId()).credentials().stream().anyMatch(c -> "otp".equals(c.getType())),
                "the caller's app is gone");
    }

    private static void findCaller(Chromium chromium, String email) {
        chromium.type(By.id("help-desk-q"), email);
        chromium.driver().findElement(By.id("help-desk-q")).sendKeys(Keys.ENTER);
    }
}
