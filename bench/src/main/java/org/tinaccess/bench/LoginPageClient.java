package org.tinaccess.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Just enough of a browser to walk the sign-in pages: one cookie jar, form actions read from the HTML. */
final class LoginPageClient {

    private static final Pattern ACTION = Pattern.compile("<form[^>]*id=\"(kc-form-login|ta-image-password-form)\"[^>]*action=\"([^\"]+)\"");
    /** Any page of a browser flow: its form posts to the authenticate endpoint. */
    private static final Pattern FLOW_FORM = Pattern.compile("<form[^>]*action=\"([^\"]*/login-actions/authenticate[^\"]*)\"");
    /** Keycloak's terms page, put once to each person of our realm (a first sign-in's step, not counted as a sign-in page). */
    private static final Pattern TERMS_FORM = Pattern.compile("<form[^>]*action=\"([^\"]*/login-actions/required-action[^\"]*)\"");
    private static final int MAX_PAGES = 8;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String page = "";
    private String location;
    private int formsPosted;

    String get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Posts the page's sign-in form (username page or image page) with {@code fields}; returns the next page. */
    String post(Map<String, String> fields) throws IOException, InterruptedException {
        Matcher action = ACTION.matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("No sign-in form on the page");
        }
        return post(action.group(2), fields);
    }

    /**
     * A whole browser sign-in from {@code authUrl}: each page of the flow gets what it asks for of
     * username, password and one-time code, until the server redirects to {@code redirectUri} with a
     * code; answers that address. The same walk for any flow, so flows with different pages compare.
     */
    String signIn(String authUrl, String redirectUri, String username, String password, Supplier<String> code)
            throws IOException, InterruptedException {
        formsPosted = 0;
        get(authUrl);
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            if (location != null && location.startsWith(redirectUri)) {
                if (!location.contains("code=")) {
                    throw new IllegalStateException("Sign-in of " + username + " ended without a code: " + location);
                }
                return location;
            }
            if (location != null) {
                get(location);
                continue;
            }
            Matcher terms = TERMS_FORM.matcher(page);
            if (page.contains("id=\"kc-accept\"") && terms.find()) {
                post(terms.group(1), Map.of("accept", ""));
                continue;
            }
            Matcher action = FLOW_FORM.matcher(page);
            if (!action.find()) {
                throw new IllegalStateException("Sign-in of " + username + " stopped on a page without a form:\n" + page);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            if (page.contains("name=\"username\"")) {
                fields.put("username", username);
            }
            if (page.contains("name=\"password\"")) {
                fields.put("password", password);
            }
            if (page.contains("name=\"otp\"")) {
                fields.put("otp", code.get());
            }
            if (fields.isEmpty()) {
                throw new IllegalStateException("Sign-in of " + username + " reached a page that asks for something else:\n" + page);
            }
            post(action.group(1), fields);
            formsPosted++;
        }
        throw new IllegalStateException("Sign-in of " + username + " took more than " + MAX_PAGES + " pages");
    }

    /** How many pages the last {@link #signIn} filled in. */
    int pagesOfLastSignIn() {
        return formsPosted;
    }

    private String post(String action, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(action.replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        page = response.body();
        location = response.headers().firstValue("Location").map(to -> response.uri().resolve(to).toString()).orElse(null);
        return page;
    }
}
