package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestNpns;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * Insurance agencies in the account console: an agency's admin adds an agent on Users with the agent's own
 * NPN, which the form asks for only on an agency's Tax ID; a missing NPN is refused under its field
 * with nothing typed lost, and the agent's row then shows their NPN.
 */
@BrowserTest
class AgencyAgentsInBrowserIT {

    @Test
    void anAgencysAdminAddsAnAgentWithTheirOwnNpnOnUsers(TinAccessServer server, Chromium chromium) {
        PortalUsers.TinAdmin agency = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
        Providers.markAgency(server, agency.tin(), TestNpns.next());
        String agentEmail = RealmUsers.uniqueEmail("console-agent");
        String npn = TestNpns.next();
        ConsolePages console = new ConsolePages(server, chromium);
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        console.signIn(agency.admin().email(), PortalUsers.PASSWORD, agency.admin().totpSecret()).open("tin-access/users");
        console.row("member-" + agency.admin().email());
        chromium.click(By.cssSelector("[data-testid=add-member]"));
        chromium.type(By.id("member-email"), agentEmail);
        chromium.type(By.id("member-firstName"), "Avery");
        chromium.type(By.id("member-lastName"), "Agent");
        chromium.click(By.cssSelector("[data-testid=add-member-submit]"));
        assertEquals("Enter the agent's own NPN.", chromium.await(By.cssSelector("[data-testid=member-npn-error]")).getText());
        assertEquals(agentEmail, chromium.driver().findElement(By.id("member-email")).getAttribute("value"), "a refusal loses nothing");
        audit.check("console: tin-access/users, an agent without an NPN");

        chromium.type(By.id("member-npn"), npn);
        chromium.click(By.cssSelector("[data-testid=add-member-submit]"));
        WebElement agent = console.row("member-" + agentEmail);
        assertEquals("Invited", agent.findElement(By.cssSelector("[data-testid=status]")).getText());
        assertEquals("NPN " + npn, agent.findElement(By.cssSelector("[data-testid=member-npn]")).getText());
        assertTrue(server.inbox().awaitMessageTo(agentEmail) != null, "the agent is invited by e-mail");
        audit.checkPage("console: tin-access/users, an agency");

        audit.assertNoViolations();
    }
}
