package org.tinaccess.it.support;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The plan's "My provider is not listed" form, reached from the join page's link and driven through its real form. */
public final class NotListedPages {

    private final WebSession browser;
    private WebSession.Page page;

    private NotListedPages(WebSession browser, WebSession.Page page) {
        this.browser = browser;
        this.page = page;
    }

    /** Opens the join page and follows its "My provider is not listed" link. */
    public static NotListedPages open(TinAccessServer server) {
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page join = browser.get(server.realmUrl() + "/tin-access/join");
        Element link = join.document().selectFirst("#ta-not-listed-link a");
        if (link == null) {
            throw new AssertionError("The join page has no 'My provider is not listed' link:\n" + join.body());
        }
        return new NotListedPages(browser, browser.get(link.absUrl("href")));
    }

    public static Map<String, String> person(String email) {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", "Robin");
        values.put("lastName", "Nakamura");
        values.put("email", email);
        values.put("phone", "715-555-0187");
        values.put("organization", "Northwoods Rural Health");
        values.put("tin", "");
        values.put("npi", "");
        values.put("program", "medicaid");
        values.put("state", "WI");
        values.put("message", "We bill under a new Tax ID and cannot find ourselves in the list.");
        return values;
    }

    public NotListedPages submit(Map<String, String> values) {
        page = browser.submit(page.form("#ta-not-listed"), values);
        return this;
    }

    public WebSession.Page page() {
        return page;
    }

    public String reference() {
        Element reference = page.document().selectFirst("#ta-not-listed-sent #ta-reference");
        if (reference == null) {
            throw new AssertionError("Not on the request-received page:\n" + page.body());
        }
        return reference.text();
    }

    public String fieldError(String field) {
        Element error = page.document().selectFirst("#input-error-" + field);
        return error == null ? "" : error.text();
    }

    /** What the field named {@code field} holds on the page as drawn (input, textarea or select). */
    public String value(String field) {
        Element control = page.document().selectFirst("[name=" + field + "]");
        if (control == null) {
            return null;
        }
        if ("select".equals(control.tagName())) {
            Element selected = control.selectFirst("option[selected]");
            return selected == null ? "" : selected.val();
        }
        if ("radio".equals(control.attr("type"))) {
            Element checked = page.document().selectFirst("[name=" + field + "][checked]");
            return checked == null ? "" : checked.val();
        }
        return "textarea".equals(control.tagName()) ? control.wholeText() : control.val();
    }
}
