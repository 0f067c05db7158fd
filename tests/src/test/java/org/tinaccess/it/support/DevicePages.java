package org.tinaccess.it.support;

import java.util.Map;

/**
 * The browser side of the device grant: Keycloak's verification page, then the realm's usual
 * sign-in (username, security image and password, authenticator code), then the grant page.
 */
public final class DevicePages {

    private DevicePages() {}

    /** Types {@code userCode} on the verification page, signs in and grants; answers the last page. */
    public static WebSession.Page approveWithCode(TinAccessServer server, String verificationUri, String userCode, PortalUsers.SignedIn person) {
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page codePage = browser.get(verificationUri);
        WebSession.Page login = browser.submit(codePage.form("#kc-user-verify-device-user-code-form"), Map.of("device_user_code", userCode));
        return signInAndGrant(browser, login, person);
    }

    /** Opens the link that already holds the code ({@code verification_uri_complete}), signs in and grants. */
    public static WebSession.Page approveAt(TinAccessServer server, String verificationUriComplete, PortalUsers.SignedIn person) {
        WebSession browser = new WebSession(server.baseUrl());
        return signInAndGrant(browser, browser.get(verificationUriComplete), person);
    }

    private static WebSession.Page signInAndGrant(WebSession browser, WebSession.Page login, PortalUsers.SignedIn person) {
        WebSession.Page otp = LoginPages.signIn(browser, login, person.email(), PortalUsers.PASSWORD);
        WebSession.Page grant = browser.submit(otp.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(person.totpSecret())));
        // The grant page's buttons are submit inputs, which a form submission only sends when clicked.
        return browser.submit(grant.form("form:has(input[name=code])"), Map.of("accept", "Yes"));
    }
}
