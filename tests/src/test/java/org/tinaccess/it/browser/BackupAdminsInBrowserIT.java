package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.BackupAdminSetup;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * In the account console: the admin names a user a backup admin on the Users page, the user agrees on
 * My Tax IDs, and once the admin's account is disabled asks the plan's reviewers for the admin role, then
 * takes it at once there, proving the TIN with the plan's payment and pressing Enter in the last field. Each new state is audited (WCAG 2.1 AA).
 */
@BrowserTest
class BackupAdminsInBrowserIT {

    @Test
    void anAdminNamesABackupAdminWhoAgreesAndLaterTakesTheAdminRole(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin tin = PortalUsers.newTinAdmin(server, reviewer);
        PortalUsers.SignedIn member = BackupAdminSetup.member(server, tin.admin().apiToken(), tin.tin(), "Okoro");
        String row = "member-" + member.email();
        AccessibilityAudit audit = new AccessibilityAudit(chromium);
        ConsolePages console = new ConsolePages(server, chromium);

        console.signIn(tin.admin().email(), PortalUsers.PASSWORD, tin.admin().totpSecret());
        console.open("tin-access/users");
        By makeBackup = By.xpath("//button[.//text()[normalize-space()='Make backup admin']]");
        chromium.clickToOpen(By.cssSelector("tr[data-testid='" + row + "'] button[data-testid=member-actions]"), makeBackup);
        chromium.click(makeBackup);
        console.confirm();
        chromium.await(By.xpath("//tr[@data-testid='" + row + "']//*[normalize-space()='Asked to be a backup admin']"));
        chromium.screenshot("console-backup-admin-asked");
        audit.check("users: a backup admin asked");

        console.signIn(member.email(), PortalUsers.PASSWORD, member.totpSecret());
        console.open("tin-access/tins");
        chromium.await(By.cssSelector("[data-testid=backup-admin-question]"));
        audit.check("my tax ids: asked to be a backup admin");
        chromium.click(By.cssSelector("[data-testid=agree-backup-admin]"));
        chromium.await(By.cssSelector("[data-testid=take-admin-role]"));
        assertTrue(chromium.driver().findElement(By.cssSelector("[data-testid=my-tins]")).getText().contains("Backup admin"));
        assertTrue(console.menuShows("tin-access/users"), "a backup admin manages the TIN's users");

        PaymentRecords.upload(server, reviewer, tin.tin() + ",V-BR,,CHK-4242,2026-11-03,Okoro Clinic,4 Oak St,,Wausau,WI,54401\n");
        UserRepresentation admin = server.realm().users().get(tin.admin().userId()).toRepresentation();
        admin.setEnabled(false);
        server.realm().users().get(tin.admin().userId()).update(admin);
        // Without the payment at hand: a request to the plan's reviewers, followed on My requests.
        chromium.click(By.cssSelector("[data-testid=take-admin-role]"));
        chromium.click(By.id("succession-proof-review"));
        chromium.await(By.id("succession-by-reviewers"));
        chromium.click(By.cssSelector("[data-testid=succession-send]"));
        assertTrue(chromium.await(By.cssSelector("[data-testid=succession-asked]")).getText().contains("sent"));

        chromium.click(By.cssSelector("[data-testid=take-admin-role]"));
        chromium.await(By.id("succession-vendorNumber"));
        audit.check("my tax ids: take the admin role");
        chromium.type(By.id("succession-vendorNumber"), "V-BR");
        chromium.screenshot("console-take-admin-role");
        chromium.type(By.id("succession-checkNumber"), "CHK-0000");
        chromium.driver().findElement(By.id("succession-checkNumber")).sendKeys(Keys.ENTER);
        chromium.await(By.id("succession-checkNumber-error"));
        audit.check("my tax ids: take the admin role, payment unknown");
        chromium.type(By.id("succession-checkNumber"), "CHK-4242");
        chromium.driver().findElement(By.id("succession-checkNumber")).sendKeys(Keys.ENTER);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role=dialog]")));
        chromium.await(By.xpath("//table[@data-testid='my-tins']//td[normalize-space()='Admin']"));
        chromium.screenshot("console-succession-done");
        audit.assertNoViolations();
        assertEquals(member.userId(), TinAccessApi.at(server, "/tins/" + tin.tin(), member.apiToken()).get("/members?q=" + member.email())
                .body().get("items").get(0).get("id").asText());
        assertEquals("admin", PortalUsers.refreshedTins(server, member).get(tin.tin()).get("role").asText());
    }
}
