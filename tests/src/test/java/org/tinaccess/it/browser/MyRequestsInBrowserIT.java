package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.PaymentRecords;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * this feature's console pages in Chromium: a TIN admin opens My requests, adds a Tax ID with a
 * payment from the plan (approved at once, then listed in My Tax IDs as theirs), asks for another
 * one by review and withdraws that request.
 */
@BrowserTest
class MyRequestsInBrowserIT {

    @Test
    void anAdminAddsAPaidTaxIdAndWithdrawsAnotherRequestOnMyRequests(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String paid = TestTins.next();
        PaymentRecords.upload(server, reviewer, paid + ",V-31,,CHK-3131,2026-11-02,Lakeside Clinic,31 Shore Dr,,Ashland,WI,54806\n");
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer);
        ConsolePages console = new ConsolePages(server, chromium);
        console.signIn(admin.admin().email(), PortalUsers.PASSWORD, admin.admin().totpSecret());

        console.open("tin-access/my-requests");
        chromium.await(By.cssSelector("[data-testid=my-requests] tbody tr"));
        chromium.click(By.cssSelector("[data-testid=add-tin]"));
        chromium.type(By.id("add-tin-tin"), paid);
        chromium.type(By.id("add-tin-vendorNumber"), "V-31");
        // Enter in a field sends, as Send does; a refusal about a field is said under it, and focus goes there.
        chromium.driver().findElement(By.id("add-tin-vendorNumber")).sendKeys(Keys.ENTER);
        WebElement checkNumber = chromium.await(By.cssSelector("#add-tin-checkNumber[aria-invalid=true]"));
        assertEquals("add-tin-checkNumber", chromium.driver().switchTo().activeElement().getAttribute("id"));
        assertTrue(checkNumber.getAttribute("aria-describedby").contains("add-tin-checkNumber-error"));
        assertFalse(chromium.driver().findElement(By.id("add-tin-checkNumber-error")).getText().isBlank());
        assertEquals(paid, chromium.driver().findElement(By.id("add-tin-tin")).getAttribute("value"), "nothing typed is lost");
        chromium.type(By.id("add-tin-checkNumber"), "CHK-3131");
        chromium.screenshot("console-add-tin");
        checkNumber.sendKeys(Keys.ENTER);
        String answer = chromium.await(By.cssSelector("[data-testid=add-tin-answer]")).getText();
        assertTrue(answer.contains("approved"), answer);

        String other = TestTins.next();
        chromium.click(By.cssSelector("[data-testid=add-tin]"));
        chromium.click(By.id("add-tin-proof-review"));
        chromium.type(By.id("add-tin-tin"), other);
        chromium.driver().findElement(By.id("add-tin-tin")).sendKeys(Keys.ENTER);
        WebElement line = chromium.await(By.cssSelector("li[data-testid='line-" + other.substring(0, 2) + "-" + other.substring(2) + "']"));
        assertEquals("Pending", line.findElement(By.cssSelector("[data-testid=status]")).getText());
        chromium.screenshot("console-my-requests");
        chromium.clickToOpen(By.xpath("//li[@data-testid='line-" + other.substring(0, 2) + "-" + other.substring(2)
                + "']/ancestor::tr//button[@data-testid='withdraw']"), By.cssSelector("[data-testid=confirm]"));
        console.confirm();
        assertEquals("Withdrawn", chromium.await(By.cssSelector("li[data-testid='line-" + other.substring(0, 2) + "-" + other.substring(2)
                + "'] [data-testid=status]")).getText());

        console.open("tin-access/tins");
        WebElement held = console.row("tin-" + paid);
        assertTrue(held.getText().contains("Admin") && held.getText().contains("Active"), held.getText());
    }
}
