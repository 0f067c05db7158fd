package org.tinaccess.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The public "Request access to an existing provider" page, driven through its real forms. */
public final class JoinPages {

    private final TinAccessServer server;
    private final WebSession browser;
    private WebSession.Page page;

    public JoinPages(TinAccessServer server) {
        this.server = server;
        this.browser = new WebSession(server.baseUrl());
    }

    public JoinPages searchByName(String name) {
        page = browser.get(server.realmUrl() + "/tin-access/join?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        return this;
    }

    public JoinPages searchByNpi(String npi) {
        page = browser.get(server.realmUrl() + "/tin-access/join?npi=" + npi);
        return this;
    }

    public WebSession.Page page() {
        return page;
    }

    public List<String> providerNames() {
        return page.document().select("#ta-providers .ta-provider-name").eachText();
    }

    public static Map<String, String> requester(String email) {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", "Pat");
        values.put("lastName", "Lee");
        values.put("title", "Billing Specialist");
        values.put("email", email);
        values.put("confirmEmail", email);
        values.put("phone", "715-555-0142");
        values.put("phoneExt", "12");
        values.put("reason", "I file the clinic's claims.");
        values.put("program", "both");
        values.put("state", "WI");
        return values;
    }

    /** Submits the request form (the single search result is preselected). */
    public JoinPages submit(Map<String, String> values) {
        page = browser.submit(page.form("#ta-join-request"), values);
        return this;
    }

    public String reference() {
        Element reference = page.document().selectFirst("#ta-join-sent #ta-reference");
        if (reference == null) {
            throw new AssertionError("Not on the request-sent page:\n" + page.body());
        }
        return reference.text();
    }

    public String fieldError(String field) {
        Element error = page.document().selectFirst("#input-error-" + field);
        return error == null ? "" : error.text();
    }

    /** Posts the request form from a browser that never loaded the page (another site's form). */
    public WebSession.Page forgedSubmit(Map<String, String> values) {
        return new WebSession(server.baseUrl()).submit(page.form("#ta-join-request"), values);
    }
}
