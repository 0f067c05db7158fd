package org.tinaccess.it.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The anonymous request-access pages, driven through their real forms (page object). */
public final class RequestAccessPages {

    private final WebSession browser;
    private WebSession.Page page;

    private RequestAccessPages(WebSession browser, WebSession.Page page) {
        this.browser = browser;
        this.page = page;
    }

    /** Opens the portal's sign-in page and follows its "Request access" link. */
    public static RequestAccessPages open(TinAccessServer server) {
        return open(server, new WebSession(server.baseUrl()));
    }

    /** As {@link #open(TinAccessServer)}, in a given browser (one behind a cluster's load balancer). */
    public static RequestAccessPages open(TinAccessServer server, WebSession browser) {
        WebSession.Page login = browser.get(new PortalClient(server).authorizationUrl());
        Element link = login.document().selectFirst("#kc-registration a");
        if (link == null) {
            throw new AssertionError("No Request access link on the login page:\n" + login.body());
        }
        return new RequestAccessPages(browser, browser.get(link.absUrl("href")));
    }

    public static Map<String, String> contact(String email) {
        Map<String, String> contact = new HashMap<>();
        contact.put("firstName", "Jane");
        contact.put("lastName", "Doe");
        contact.put("phone", "(715) 555-0123");
        contact.put("email", email);
        contact.put("organization", "Northwoods Clinic");
        contact.put("jobTitle", "Office Manager");
        return contact;
    }

    /** The requester's browser, cookies included. */
    public WebSession browser() {
        return browser;
    }

    public WebSession.Page page() {
        return page;
    }

    public RequestAccessPages enterContact(Map<String, String> contact) {
        Map<String, String> values = new HashMap<>(contact);
        values.put("action", "next");
        return post("#ta-request-contact", values);
    }

    public RequestAccessPages addTin(String tin) {
        return post("#ta-request-tins", Map.of("action", "add", "tin", tin));
    }

    public RequestAccessPages removeTin(String digits) {
        return post("#ta-request-tins", Map.of("action", "remove:" + digits));
    }

    public RequestAccessPages back() {
        return post("#ta-request-tins", Map.of("action", "back"));
    }

    /** "Next" on the TINs page: the first TIN's proof page (or the TINs page with an error). */
    public RequestAccessPages next() {
        return post("#ta-request-tins", Map.of("action", "next"));
    }

    /** "Next" on the TINs page, then "review by our team" for every TIN: the review page. */
    public RequestAccessPages nextToReview() {
        next();
        while (onProofPage()) {
            prove(Map.of("proof", "review"));
        }
        return this;
    }

    public boolean onProofPage() {
        return page.document().selectFirst("#ta-request-proof") != null;
    }

    /** The TIN (nine digits) whose proof page this is. */
    public String proofTin() {
        Element tin = page.document().selectFirst("#ta-request-proof input[name=proofTin]");
        if (tin == null) {
            throw new AssertionError("Not on a proof page:\n" + page.body());
        }
        return tin.val();
    }

    /** Fills the proof page of the current TIN with {@code values} (proof=check|notice|mail|review, ...) and continues. */
    public RequestAccessPages prove(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("action", "proof-next");
        return post("#ta-request-proof", all);
    }

    public RequestAccessPages proofBack() {
        return post("#ta-request-proof", Map.of("action", "proof-back"));
    }

    public RequestAccessPages submit() {
        return post("#ta-request-review", Map.of("action", "submit"));
    }

    /** Posts the same review form again, as a double click or a browser "resend" would. */
    public WebSession.Page resubmit(Element reviewForm) {
        return browser.submit(reviewForm, Map.of("action", "submit"));
    }

    /** Contact, TINs, each left to a reviewer, review, submit; returns the reference shown on the confirmation page. */
    public String requestAdminAccess(Map<String, String> contact, List<String> tins) {
        enterContact(contact);
        tins.forEach(this::addTin);
        nextToReview().submit();
        return reference();
    }

    /** Contact, one TIN proved with {@code proof} (the proof page's fields), review, submit; returns the reference. */
    public String requestAdminAccess(Map<String, String> contact, String tin, Map<String, String> proof) {
        enterContact(contact);
        addTin(tin);
        next().prove(proof);
        if (!page.document().select("#ta-request-review").isEmpty()) {
            submit();
        }
        return reference();
    }

    /** Each TIN's outcome on the confirmation page (approved, payment_review, pin, unavailable, review, denied). */
    public List<String> outcomes() {
        return page.document().select("#ta-outcomes li").eachAttr("data-outcome");
    }

    public String reference() {
        Element reference = page.document().selectFirst("#ta-reference");
        if (reference == null) {
            throw new AssertionError("Not on the confirmation page:\n" + page.body());
        }
        return reference.text();
    }

    public List<String> addedTins() {
        return page.document().select("#ta-added-tins .ta-tin").eachText();
    }

    /** The error shown next to {@code field}, or empty. */
    public String fieldError(String field) {
        Element error = page.document().selectFirst("#input-error-" + field);
        return error == null ? "" : error.text();
    }

    public String value(String field) {
        Element input = page.document().selectFirst("input[name=" + field + "]");
        return input == null ? null : input.val();
    }

    private RequestAccessPages post(String form, Map<String, String> values) {
        page = browser.submit(page.form(form), values);
        return this;
    }
}
