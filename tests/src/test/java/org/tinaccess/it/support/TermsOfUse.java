package org.tinaccess.it.support;

import java.util.Map;
import org.jsoup.nodes.Element;

/** Keycloak's terms page with the plan's terms of use: the last step before the portal until someone has accepted them. */
public final class TermsOfUse {

    public static final String TITLE = "Provider Portal Terms of Use";

    private TermsOfUse() {}

    public static boolean isTermsPage(WebSession.Page page) {
        return page.document().selectFirst("#kc-accept") != null;
    }

    public static WebSession.Page accept(WebSession browser, WebSession.Page terms) {
        return browser.submit(form(terms), Map.of("accept", ""));
    }

    public static WebSession.Page decline(WebSession browser, WebSession.Page terms) {
        return browser.submit(form(terms), Map.of("cancel", ""));
    }

    /**
     * Accepts the terms if {@code page} puts them: the end of every first sign-in and activation,
     * which tests about other things pass the way a person does.
     */
    public static WebSession.Page acceptIfAsked(WebSession browser, WebSession.Page page) {
        return isTermsPage(page) ? accept(browser, page) : page;
    }

    private static Element form(WebSession.Page terms) {
        Element button = terms.document().selectFirst("#kc-accept");
        if (button == null) {
            throw new AssertionError("Not the terms page:\n" + terms.body());
        }
        return button.closest("form");
    }
}
