package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/** The plan's "access for NPIs" on the Users page: the admin limits a member to one of the provider's NPIs. */
@BrowserTest
class MemberNpisInBrowserIT {

    @Test
    void anAdminLimitsAMemberToOneNpiOnTheUsersPage(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        String north = TestNpis.next();
        String south = TestNpis.next();
        PortalUsers.TinAdmin admin = PortalUsers.newTinAdmin(server, reviewer, List.of(north, south));
        String email = RealmUsers.uniqueEmail("npi-member");
        TinAccessApi.Answer added = TinAccessApi.at(server, "/tins", admin.admin().apiToken()).post("/" + admin.tin() + "/members",
                "{\"email\":\"" + email + "\",\"firstName\":\"Ana\",\"lastName\":\"Lind\",\"entitlements\":[\"claims\"]}");
        assertEquals(201, added.status(), added.toString());
        ConsolePages console = new ConsolePages(server, chromium);
        console.signIn(admin.admin().email(), PortalUsers.PASSWORD, admin.admin().totpSecret());

        console.open("tin-access/users");
        By limitToNpis = By.xpath("//button[.//text()[normalize-space()='Limit to NPIs']]");
        chromium.clickToOpen(By.cssSelector("tr[data-testid='member-" + email + "'] button[data-testid=member-actions]"), limitToNpis);
        chromium.click(limitToNpis);
        chromium.click(By.id("edit-npi-" + south));
        chromium.screenshot("console-member-npis");
        console.confirm();

        WebElement row = chromium.await(By.cssSelector("tr[data-testid='member-" + email + "'] [data-testid=member-npis]"));
        assertEquals("Only NPIs " + south, row.getText());
        String stored = TinAccessApi.at(server, "/tins", admin.admin().apiToken()).get("/" + admin.tin() + "/members?q=" + email)
                .body().get("items").get(0).get("npis").toString();
        assertTrue(stored.contains(south) && !stored.contains(north), stored);
    }
}
