package org.tinaccess.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** People of the portal brought to a given state through the real pages and mails. */
public final class PortalUsers {

    public static final String PASSWORD = "Quiet-Harbor-77";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PortalUsers() {}

    /**
     * A signed-in person: the portal's tokens, the account console's access token for the same
     * session (what the TIN Access API accepts) and their authenticator app's secret.
     */
    public record SignedIn(String userId, String email, String totpSecret, JsonNode tokens, String apiToken) {

        /** The relying portal's access token (the tins claim lives here). */
        public String accessToken() {
            return tokens.get("access_token").asText();
        }

        public JsonNode claims() {
            return PortalClient.claims(accessToken());
        }
    }

    /** The admin of a fresh TIN: requested, approved, activated (password + OTP) and signed in. */
    public record TinAdmin(String tin, SignedIn admin) {}

    public static TinAdmin newTinAdmin(TinAccessServer server, TinAccessApi reviewer) {
        return newTinAdmin(server, reviewer, List.of());
    }

    /** As {@link #newTinAdmin(TinAccessServer, TinAccessApi)}, the request naming the provider's Type 2 {@code npis}. */
    public static TinAdmin newTinAdmin(TinAccessServer server, TinAccessApi reviewer, List<String> npis) {
        String email = RealmUsers.uniqueEmail("admin");
        String tin = TestTins.next();
        String reference = npis.isEmpty()
                ? RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(tin))
                : RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), tin,
                        Map.of("proof", "review", "npis", String.join(", ", npis)));
        TinAccessApi.Answer approved = reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin);
        if (approved.status() != 200) {
            throw new AssertionError("approval failed: " + approved);
        }
        MimeMessage approval = server.inbox().awaitMessagesTo(email, 2).get(1);
        return new TinAdmin(tin, activateAndSignIn(server, email, approval));
    }

    /**
     * A billing service registered under its own fresh TIN: the request says "I am a
     * billing service", a reviewer sees the mark and approves, the admin activates and signs in.
     */
    public static TinAdmin newBillingService(TinAccessServer server, TinAccessApi reviewer) {
        String email = RealmUsers.uniqueEmail("billing-admin");
        String tin = TestTins.next();
        Map<String, String> contact = RequestAccessPages.contact(email);
        contact.put("billingService", "on");
        String reference = RequestAccessPages.open(server).requestAdminAccess(contact, List.of(tin));
        String id = reviewer.findByReference(reference).get("id").asText();
        JsonNode request = reviewer.get("/" + id).body();
        if (!request.path("billingService").asBoolean()) {
            throw new AssertionError("the reviewer does not see the billing-service mark: " + request);
        }
        TinAccessApi.Answer approved = reviewer.approve(id, tin);
        if (approved.status() != 200) {
            throw new AssertionError("approval failed: " + approved);
        }
        MimeMessage approval = server.inbox().awaitMessagesTo(email, 2).get(1);
        return new TinAdmin(tin, activateAndSignIn(server, email, approval));
    }

    /** A new admin request of {@code email} for a fresh TIN, approved; returns the approval mail's Activate Account link. */
    public static String approvedActivationLink(TinAccessServer server, TinAccessApi reviewer, String email) {
        String tin = TestTins.next();
        String reference = RequestAccessPages.open(server).requestAdminAccess(RequestAccessPages.contact(email), List.of(tin));
        TinAccessApi.Answer approved = reviewer.approve(reviewer.findByReference(reference).get("id").asText(), tin);
        if (approved.status() != 200) {
            throw new AssertionError("approval failed: " + approved);
        }
        return Mails.html(server.inbox().awaitMessagesTo(email, 2).get(1)).selectFirst("a#activate-account").attr("href");
    }

    /** Opens an activation link and sets the password; returns the page after (the security-image chooser). */
    public static WebSession.Page setPasswordThroughLink(WebSession browser, String link) {
        WebSession.Page password = browser.get(link);
        return browser.submit(password.form("#kc-passwd-update-form"), Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));
    }

    /** Follows the Activate Account link of {@code mail}, sets the password, enrols OTP, signs in. */
    public static SignedIn activateAndSignIn(TinAccessServer server, String email, MimeMessage mail) {
        Element link = Mails.html(mail).selectFirst("a#activate-account");
        if (link == null) {
            throw new AssertionError("No activation link in \"" + Mails.subject(mail) + "\"");
        }
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page password = browser.get(link.attr("href"));
        WebSession.Page chooser = browser.submit(password.form("#kc-passwd-update-form"),
                Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));
        String secret = MfaEnrolment.withAuthenticatorApp(browser, chooser).totpSecret();
        return signIn(server, email, secret);
    }

    /** Password and OTP on the portal's login pages, with a code this run has not typed yet. */
    public static SignedIn signIn(TinAccessServer server, String email, String secret) {
        return signIn(server, email, PASSWORD, secret);
    }

    /**
     * As {@link #signIn(TinAccessServer, String, String)}, with another password. The tokens are a
     * portal's that has no back-channel logout URL: a change to the person's access reaches them at the
     * next refresh ({@link #refreshedTins}); the example portal, told at once, is PortalSignOutIT's.
     */
    public static SignedIn signIn(TinAccessServer server, String email, String password, String secret) {
        PortalClient portal = PortalClient.withoutLogoutUrl(server);
        WebSession browser = new WebSession(server.baseUrl());
        WebSession.Page login = browser.get(portal.authorizationUrl());
        WebSession.Page otp = LoginPages.signIn(browser, login, email, password);
        WebSession.Page done = browser.submit(otp.form("#kc-otp-login-form"), Map.of("otp", Totp.unspentCode(secret)));
        if (done.leftServerTo() == null) {
            throw new AssertionError("Sign-in of " + email + " did not reach the portal:\n" + done.body());
        }
        JsonNode tokens = portal.exchange(done.leftServerTo());
        return new SignedIn(PortalClient.claims(tokens.get("access_token").asText()).get("sub").asText(), email, secret, tokens,
                PortalClient.consoleToken(server.realmUrl(), browser));
    }

    /** The tokens of a refresh grant, or the error body when refused. */
    public static Map.Entry<Integer, JsonNode> refresh(TinAccessServer server, SignedIn user) {
        Map.Entry<Integer, String> answer = PortalClient.refresh(server.realmUrl(), user.tokens().get("refresh_token").asText());
        try {
            return Map.entry(answer.getKey(), JSON.readTree(answer.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code tins} claim of a fresh access token from a refresh grant (what a portal sees after a change). */
    public static JsonNode refreshedTins(TinAccessServer server, SignedIn user) {
        Map.Entry<Integer, JsonNode> refreshed = refresh(server, user);
        if (refreshed.getKey() != 200) {
            throw new AssertionError("refresh refused: " + refreshed.getValue());
        }
        return PortalClient.claims(refreshed.getValue().get("access_token").asText()).get("tins");
    }
}
