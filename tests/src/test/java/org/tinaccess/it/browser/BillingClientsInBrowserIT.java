package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.AccessibilityAudit;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.Mails;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * Billing services in the account console: a billing service's admin asks a provider for access on
 * Clients, the provider's admin answers from the link in the request e-mail on Billing services, the
 * service gives the client to one of its users, whose My Tax IDs then lists the client "through" the
 * service, as their token does.
 */
@BrowserTest
class BillingClientsInBrowserIT {

    private static final String PASSWORD = PortalUsers.PASSWORD;

    @Test
    void aServiceRequestsAClientTheProviderApprovesFromTheMailAndTheServicesUserActsForIt(TinAccessServer server, Chromium chromium) {
        TinAccessApi reviewer = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin service = PortalUsers.newBillingService(server, reviewer);
        PortalUsers.SignedIn clerk = userOf(server, service, "console-clerk", "Robin", "Clerk");
        String clerkEmail = clerk.email();
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, reviewer);
        String providerName = Providers.ofTin(server, provider.tin()).getName();
        String serviceName = Providers.ofTin(server, service.tin()).getName();
        int mailsToProvider = server.inbox().messagesTo(provider.admin().email()).size();
        ConsolePages console = new ConsolePages(server, chromium);
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        // The service's admin finds Clients in the menu; a Tax ID the API refuses shows under the field, which keeps it.
        console.signIn(service.admin().email(), PASSWORD, service.admin().totpSecret()).open("tin-access/clients");
        chromium.type(By.id("client-value"), "00-0000000");
        chromium.click(By.cssSelector("[data-testid=request-client]"));
        assertTrue(chromium.await(By.cssSelector("[data-testid=client-value-error]")).getText().startsWith("Enter a valid Tax ID"));
        WebElement field = chromium.driver().findElement(By.id("client-value"));
        assertEquals("00-0000000", field.getAttribute("value"), "a refusal loses nothing");
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertEquals(field, chromium.driver().switchTo().activeElement(), "the field in error takes the focus");
        audit.checkPage("console: tin-access/clients, refused");

        // Asked by Tax ID: pending in the service's list.
        chromium.type(By.id("client-value"), provider.tin());
        chromium.click(By.cssSelector("[data-testid=request-client]"));
        chromium.await(By.cssSelector("[data-testid=client-requested]"));
        // The service's first request, so the list's only row (its test id is the grant's).
        WebElement pending = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=client-grants] tbody tr[data-testid^='grant-']")));
        String grantId = pending.getAttribute("data-testid").substring("grant-".length());
        assertEquals("Pending", pending.findElement(By.cssSelector("[data-testid=status]")).getText());
        assertTrue(pending.getText().contains(provider.tin().substring(5)), "the client as the service typed it: " + pending.getText());
        chromium.screenshot("console-clients-pending");

        // The provider's admin follows the request e-mail's link, signs in and lands on Billing services.
        MimeMessage asked = server.inbox().awaitMessagesTo(provider.admin().email(), mailsToProvider + 1).get(mailsToProvider);
        String link = Mails.html(asked).selectFirst("a#open-client-grants").attr("href");
        assertTrue(link.contains("/account/tin-access/client-grants?provider="), link);
        assertFalse(link.contains(provider.tin()), "the link names the provider, never its Tax ID in clear: " + link);
        console.signInThrough(link, provider.admin().email(), PASSWORD, provider.admin().totpSecret());
        WebElement request = console.row("grant-" + grantId);
        assertTrue(request.getText().contains(serviceName), request.getText());
        audit.checkPage("console: tin-access/client-grants");
        chromium.screenshot("console-client-grants");
        chromium.clickToOpen(console.rowButton("grant-" + grantId, "approve-grant"), By.id("grant-entitlement-claims"));
        chromium.click(By.id("grant-entitlement-claims"));
        chromium.click(By.id("grant-entitlement-eligibility"));
        console.confirm();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-testid='grant-" + grantId + "']")));
        chromium.select(By.id("client-grant-status"), "approved");
        assertEquals("Approved", console.row("grant-" + grantId).findElement(By.cssSelector("[data-testid=status]")).getText());

        // The service's admin sees it approved and gives the client to the clerk, with claims only.
        console.signIn(service.admin().email(), PASSWORD, service.admin().totpSecret()).open("tin-access/clients");
        WebElement approved = console.row("grant-" + grantId);
        assertEquals("Approved", approved.findElement(By.cssSelector("[data-testid=status]")).getText());
        assertTrue(approved.getText().contains(providerName), "an approved client is named: " + approved.getText());
        chromium.clickToOpen(console.rowButton("service-member-" + clerkEmail, "assign-clients"), By.id("assign-" + grantId));
        chromium.click(By.id("assign-" + grantId));
        chromium.click(By.id("assign-" + grantId + "-entitlement-eligibility"));
        audit.check("console: tin-access/clients, assigning");
        console.confirm();

        // The clerk's My Tax IDs lists the client through the service, as GET tins and the token do.
        console.signIn(clerk.email(), PASSWORD, clerk.totpSecret()).open("tin-access/tins");
        WebElement client = chromium.await(By.cssSelector("[data-testid=my-tins] tr[data-testid=via-client]"));
        assertTrue(client.getText().contains(providerName), client.getText());
        assertEquals("through " + serviceName, client.findElement(By.cssSelector("[data-testid=via-service]")).getText());
        assertTrue(client.getText().contains("Claims") && !client.getText().contains("Eligibility"), client.getText());
        audit.checkPage("console: tin-access/tins, via a billing service");
        chromium.screenshot("console-my-tax-ids-via-service");
        // Signed in afresh: the tokens of the setup may have run out by now.
        PortalUsers.SignedIn clerkNow = PortalUsers.signIn(server, clerk.email(), clerk.totpSecret());
        JsonNode mine = TinAccessApi.at(server, "/tins", clerkNow.apiToken()).get("").body();
        JsonNode serviceRow = mine.get(0);
        assertTrue(serviceRow.get("billingService").asBoolean(), mine.toString());
        JsonNode viaClient = serviceRow.get("clients").get(0);
        assertEquals("**-***" + provider.tin().substring(5), viaClient.get("tin").asText(), "masked to the clerk, who is not its admin");
        assertEquals("claims", viaClient.get("entitlements").get(0).asText());
        assertEquals(service.tin(), clerkNow.claims().get("tins").get(provider.tin()).get("via").asText());

        audit.assertNoViolations();
    }

    @Test
    void aUserTheAdminLetsRequestClientsAsksOnClientsAndWebSupportResendsTheUnansweredRequestOnce(TinAccessServer server,
            Chromium chromium) {
        TinAccessApi setup = TinAccessApi.asNewReviewer(server);
        PortalUsers.TinAdmin service = PortalUsers.newBillingService(server, setup);
        PortalUsers.SignedIn clerk = userOf(server, service, "console-requester", "Sam", "Requester");
        String clerkEmail = clerk.email();
        PortalUsers.TinAdmin provider = PortalUsers.newTinAdmin(server, setup);
        int mailsToProvider = server.inbox().messagesTo(provider.admin().email()).size();
        ConsolePages console = new ConsolePages(server, chromium);
        AccessibilityAudit audit = new AccessibilityAudit(chromium);

        // Before the admin lets them, the clerk has no Clients page.
        console.signIn(clerk.email(), PASSWORD, clerk.totpSecret()).open("tin-access/tins");
        chromium.await(console.menuLink("tin-access/tins"));
        assertFalse(console.menuShows("tin-access/clients"), "a user of the service does not request clients by default");

        // The admin lets the clerk request clients, in the clerk's row of Clients.
        console.signIn(service.admin().email(), PASSWORD, service.admin().totpSecret()).open("tin-access/clients");
        chromium.clickToOpen(console.rowButton("service-member-" + clerkEmail, "assign-clients"), By.id("may-request-clients"));
        chromium.click(By.id("may-request-clients"));
        audit.check("console: tin-access/clients, letting a user request clients");
        console.confirm();
        assertTrue(TinAccessApi.at(server, "/billing-services/" + service.tin(), PortalUsers.signIn(server, service.admin().email(),
                service.admin().totpSecret()).apiToken()).get("/members/" + clerk.userId() + "/client-requests").body().get("allowed").asBoolean());

        // The clerk now asks for the provider on Clients, which shows them no users to assign.
        console.signIn(clerk.email(), PASSWORD, clerk.totpSecret()).open("tin-access/clients");
        chromium.type(By.id("client-value"), provider.tin());
        chromium.click(By.cssSelector("[data-testid=request-client]"));
        chromium.await(By.cssSelector("[data-testid=client-requested]"));
        WebElement pending = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=client-grants] tbody tr[data-testid^='grant-']")));
        String grantId = pending.getAttribute("data-testid").substring("grant-".length());
        assertTrue(chromium.driver().findElements(By.cssSelector("[data-testid=service-members]")).isEmpty(),
                "assigning clients stays the admin's");
        audit.checkPage("console: tin-access/clients, as a client requester");
        server.inbox().awaitMessagesTo(provider.admin().email(), mailsToProvider + 1);

        // Web support finds the unanswered request and sends it to the provider's admin again, once.
        FactorHolders.Holder reviewer = FactorHolders.create(server, FactorHolders.Factor.APP);
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(reviewer.userId()).roles().realmLevel().add(List.of(role));
        console.signIn(reviewer.email(), RealmUsers.PASSWORD, reviewer.totpSecret()).open("tin-access/web-support/client-grants");
        chromium.await(console.menuLink("tin-access/web-support/client-grants"));
        WebElement waiting = pageTo(console, chromium, "web-support-grant-" + grantId);
        assertTrue(waiting.getText().contains(Providers.ofTin(server, service.tin()).getName()), waiting.getText());
        audit.checkPage("console: tin-access/web-support/client-grants");
        chromium.screenshot("console-web-support-grants");
        chromium.clickToOpen(console.rowButton("web-support-grant-" + grantId, "resend-grant"), By.cssSelector("[data-testid=confirm]"));
        console.confirm();
        server.inbox().awaitMessagesTo(provider.admin().email(), mailsToProvider + 2);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(driver -> console.row("web-support-grant-" + grantId)
                .findElements(By.cssSelector("[data-testid=resend-grant]")).isEmpty());
        assertTrue(console.row("web-support-grant-" + grantId).getText().contains("Resent"));

        audit.assertNoViolations();
    }

    /** A user the service's admin adds (no entitlements of the service's own), activated through the invitation mail. */
    private static PortalUsers.SignedIn userOf(TinAccessServer server, PortalUsers.TinAdmin service, String who, String first, String last) {
        String email = RealmUsers.uniqueEmail(who);
        TinAccessApi.Answer added = TinAccessApi.at(server, "/tins", service.admin().apiToken()).post("/" + service.tin() + "/members",
                "{\"email\":\"" + email + "\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"entitlements\":[]}");
        assertEquals(201, added.status(), added.toString());
        return PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
    }

    /** The reviewers' list is oldest first: the newest request is on its last page. */
    private static WebElement pageTo(ConsolePages console, Chromium chromium, String testId) {
        chromium.await(By.cssSelector("[data-testid=web-support-grants] tbody tr"));
        List<WebElement> last = chromium.driver().findElements(By.cssSelector("button[data-action=last]"));
        if (!last.isEmpty() && last.get(0).isEnabled()) {
            chromium.click(By.cssSelector("button[data-action=last]"));
        }
        return console.row(testId);
    }
}
