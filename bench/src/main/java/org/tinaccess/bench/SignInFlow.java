package org.tinaccess.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One way to sign in measured by the benchmarks: a realm's client (and so its browser flow) and the
 * people who sign in through it, taken in turn so that concurrent sign-ins are different people.
 */
final class SignInFlow {

    static final String REDIRECT_URI = "http://localhost:3000/callback";
    /** RFC 7636's example PKCE pair: our portal's client requires PKCE; the stock clients ignore it. */
    static final String PKCE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String PKCE = "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

    private final String name;
    private final String redirectUri;
    private final String authUrl;
    private final List<SignInUsers.Person> people;
    private final AtomicInteger next = new AtomicInteger();

    SignInFlow(String name, String baseUrl, String realm, String clientId, List<SignInUsers.Person> people) {
        this(name, baseUrl, realm, clientId, REDIRECT_URI, people);
    }

    /** With the client's own redirect address (the account console's, for tokens the TIN Access API accepts). */
    SignInFlow(String name, String baseUrl, String realm, String clientId, String redirectUri, List<SignInUsers.Person> people) {
        this.name = name;
        this.redirectUri = redirectUri;
        this.authUrl = baseUrl + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=" + clientId + "&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&response_type=code&scope=openid" + PKCE;
        this.people = people;
    }

    String name() {
        return name;
    }

    String redirectUri() {
        return redirectUri;
    }

    /** The person whose turn it is, for callers that need to know who signed in. */
    SignInUsers.Person nextPerson() {
        return people.get(Math.floorMod(next.getAndIncrement(), people.size()));
    }

    /** One complete sign-in in a fresh browser, from the authorization request to the redirect with a code; answers that redirect. */
    String signIn(LoginPageClient browser, SignInUsers.Person person) throws IOException, InterruptedException {
        return browser.signIn(authUrl, redirectUri, person.username(), SignInUsers.PASSWORD, () -> Totp.now(person.otpSecret()));
    }

    /** Pages a sign-in fills in (for the table: like must be compared with like). */
    int pages() throws IOException, InterruptedException {
        LoginPageClient browser = new LoginPageClient();
        signIn(browser, nextPerson());
        return browser.pagesOfLastSignIn();
    }
}
