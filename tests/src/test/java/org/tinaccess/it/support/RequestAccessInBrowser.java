package org.tinaccess.it.support;

import org.openqa.selenium.By;

/** The plan's request pages in Chromium: contact details, one TIN left to a reviewer, review, submit. */
public final class RequestAccessInBrowser {

    private RequestAccessInBrowser() {}

    /** Fills the contact page (first step of the request) for a requester at {@code email}. */
    public static void typeContact(Chromium chromium, String email) {
        chromium.type(By.id("firstName"), "Jane");
        chromium.type(By.id("lastName"), "Doe");
        chromium.type(By.id("phone"), "(715) 555-0123");
        chromium.type(By.id("email"), email);
        chromium.type(By.id("organization"), "Northwoods Clinic");
        chromium.type(By.id("jobTitle"), "Office Manager");
    }

    /**
     * Answers the request's reference; saves a screenshot of each step. Each step goes on as a person
     * used to the Enter key does: Enter in the step's last field does what the step's primary button does.
     */
    public static String requestAccess(TinAccessServer server, Chromium chromium, String email, String tin) {
        chromium.open(new PortalClient(server).authorizationUrl());
        chromium.screenshot("sign-in");
        chromium.click(By.cssSelector("#kc-registration a"));
        typeContact(chromium, email);
        chromium.screenshot("request-contact");
        chromium.pressEnter(By.id("jobTitle"));
        chromium.type(By.id("tin"), tin.substring(0, 2) + "-" + tin.substring(2));
        chromium.pressEnter(By.id("tin"));
        chromium.await(By.cssSelector("#ta-added-tins .ta-tin"));
        chromium.screenshot("request-tins");
        chromium.click(By.id("ta-next"));
        chromium.await(By.id("ta-request-proof"));
        chromium.screenshot("request-proof");
        chromium.click(By.cssSelector("input[name=proof][value=review]"));
        chromium.pressEnter(By.cssSelector("input[name=proof][value=review]"));
        chromium.await(By.id("ta-review"));
        chromium.click(By.id("ta-submit"));
        String reference = chromium.await(By.id("ta-reference")).getText();
        chromium.screenshot("request-confirmed");
        return reference;
    }
}
