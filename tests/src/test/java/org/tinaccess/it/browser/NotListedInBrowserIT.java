package org.tinaccess.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tinaccess.it.support.BrowserTest;
import org.tinaccess.it.support.Chromium;
import org.tinaccess.it.support.ConsolePages;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.NotListedPages;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;

/**
 * The plan's "My provider is not listed" in the account console: a reviewer finds the request on
 * *Providers not listed*, closes it as contacted with a note, and the row says who closed it.
 */
@BrowserTest
class NotListedInBrowserIT {

    @Test
    void aReviewerClosesANotListedRequestWithANoteOnceThePersonWasContacted(TinAccessServer server, Chromium chromium) {
        String reference = NotListedPages.open(server).submit(NotListedPages.person(RealmUsers.uniqueEmail("console-not-listed"))).reference();
        FactorHolders.Holder reviewer = FactorHolders.create(server, FactorHolders.Factor.APP);
        RoleRepresentation role = server.realm().roles().get("tin-reviewer").toRepresentation();
        server.realm().users().get(reviewer.userId()).roles().realmLevel().add(List.of(role));
        ConsolePages console = new ConsolePages(server, chromium);
        console.signIn(reviewer.email(), RealmUsers.PASSWORD, reviewer.totpSecret());

        console.open("tin-access/not-listed");
        WebElement row = console.row("not-listed-" + reference);
        assertTrue(row.getText().contains("Northwoods Rural Health"), row.getText());
        assertEquals("Open", row.findElement(By.cssSelector("[data-testid=status]")).getText());
        chromium.screenshot("console-not-listed");
        chromium.clickToOpen(console.rowButton("not-listed-" + reference, "close-request"), By.id("not-listed-note"));
        chromium.type(By.id("not-listed-note"), "Called Robin; enrolment form sent.");
        console.confirm();

        console.open("tin-access/not-listed");
        chromium.select(By.id("not-listed-status"), "closed");
        WebElement closed = console.row("not-listed-" + reference);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElement(closed, "Called Robin"));
        String username = server.realm().users().get(reviewer.userId()).toRepresentation().getUsername();
        assertTrue(closed.findElement(By.cssSelector("[data-testid=closed-by]")).getText().contains("Contacted: by " + username),
                closed.getText());
        assertEquals("Closed", closed.findElement(By.cssSelector("[data-testid=status]")).getText());
    }
}
