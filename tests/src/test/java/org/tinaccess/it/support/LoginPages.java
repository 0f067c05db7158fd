package org.tinaccess.it.support;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The sign-in pages: identifier first (username, then security image and password) and the image chooser. */
public final class LoginPages {

    public static final String IMAGE = "lighthouse";
    /** A caption's id, as the chooser posts it, and its words, as the sign-in page shows them. */
    public static final String CAPTION = "harbor-lights";
    public static final String CAPTION_TEXT = "Harbor lights";

    private LoginPages() {}

    /** Username, then password on the security-image page; returns the page after the password. */
    public static WebSession.Page signIn(WebSession browser, WebSession.Page login, String username, String password) {
        WebSession.Page imagePage = browser.submit(login.form("#kc-form-login"), Map.of("username", username));
        return browser.submit(imagePage.form("#ta-image-password-form"), Map.of("password", password));
    }

    /** The security-image page a username leads to. */
    public static WebSession.Page imagePageFor(WebSession browser, WebSession.Page login, String username) {
        return browser.submit(login.form("#kc-form-login"), Map.of("username", username));
    }

    /**
     * "Forgot password?" from the security-image page of {@code email}, in a browser of its own;
     * returns the link of the reset mail that arrives (what someone holding only the mailbox has).
     */
    public static String passwordResetLink(TinAccessServer server, String email) {
        int before = server.inbox().messagesTo(email).size();
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page imagePage = imagePageFor(browser, browser.get(new PortalClient(server).authorizationUrl()), email);
        WebSession.Page forgot = browser.get(imagePage.document().selectFirst("a[href*=reset-credentials]").absUrl("href"));
        browser.submit(forgot.form("#kc-reset-password-form"), Map.of("username", email));
        MimeMessage mail = server.inbox().awaitMessagesTo(email, before + 1).get(before);
        return Mails.html(mail).selectFirst("a[href*=action-token]").attr("href");
    }

    public static boolean isImageChooser(WebSession.Page page) {
        return page.document().selectFirst("#ta-security-image-form") != null;
    }

    public static WebSession.Page chooseImage(WebSession browser, WebSession.Page chooser, String image, String caption) {
        return browser.submit(chooser.form("#ta-security-image-form"), Map.of("image", image, "caption", caption));
    }

    /** Past the image chooser if the page is one (accounts that have not chosen yet). */
    public static WebSession.Page pastImageChooser(WebSession browser, WebSession.Page page) {
        return isImageChooser(page) ? chooseImage(browser, page, IMAGE, CAPTION) : page;
    }

    /** The image file and caption the security-image page shows. */
    public record Shown(String image, String caption) {}

    public static Shown shown(WebSession.Page imagePage) {
        Element img = imagePage.document().selectFirst("#ta-security-image img");
        if (img == null) {
            throw new AssertionError("Not a security-image page:\n" + imagePage.body());
        }
        String src = img.attr("src");
        return new Shown(src.substring(src.lastIndexOf('/') + 1), imagePage.document().selectFirst("#ta-security-caption").text());
    }
}
