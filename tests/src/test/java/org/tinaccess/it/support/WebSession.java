package org.tinaccess.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser, minus JavaScript: keeps cookies, follows redirects only within the server
 * (so a redirect to the relying portal can be inspected), and submits the real HTML forms the
 * server renders, hidden fields included.
 */
public final class WebSession {

    private static final String ACCEPT_PAGES = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** The addresses of the one server: a single one, or every node of a cluster. */
    private final List<String> serverBaseUrls;
    /** The node that gets the next requests for any of them, as a load balancer would choose. */
    private String route;
    /**
     * One server, so one jar, by name and path: two realms of the server set cookies of the same
     * names on their own paths (Java's CookieManager refuses cookies of "localhost").
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** The client address the load balancer reports for this browser; null: the connecting one (127.0.0.1). */
    private String address;

    public WebSession(String serverBaseUrl) {
        this(List.of(serverBaseUrl));
    }

    private WebSession(List<String> serverBaseUrls) {
        this.serverBaseUrls = List.copyOf(serverBaseUrls);
        this.route = serverBaseUrls.get(0);
    }

    /**
     * A browser in front of a cluster, as behind a load balancer: the nodes' addresses are one
     * server to it (pages of one node may be posted to another, its cookies go to all of them) and
     * every request goes to the node last chosen with {@link #routeTo}, the first one at the start.
     */
    public static WebSession behindLoadBalancer(List<String> nodeBaseUrls) {
        return new WebSession(nodeBaseUrls);
    }

    /**
     * Makes every request from now on come from {@code address}, as the load balancer in front of the
     * server reports it ({@code X-Forwarded-For}, which the test server, on loopback only, trusts). A
     * private address, since the realm asks for HTTPS from any other.
     */
    public WebSession comingFrom(String address) {
        this.address = address;
        return this;
    }

    /** Sends every request from now on to the node at {@code nodeBaseUrl}, whichever node's address it names. */
    public void routeTo(String nodeBaseUrl) {
        if (!serverBaseUrls.contains(nodeBaseUrl)) {
            throw new IllegalArgumentException(nodeBaseUrl + " is not one of " + serverBaseUrls);
        }
        this.route = nodeBaseUrl;
    }

    /**
     * A page the server rendered, or the first address outside the server that it redirected to;
     * {@code hops} are the addresses the redirects went through on the way, in order, and
     * {@code setCookies} the Set-Cookie headers of every response on the way.
     */
    public record Page(int status, URI uri, String body, URI leftServerTo, List<URI> hops, List<String> setCookies) {

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        public Element form(String cssQuery) {
            Element form = document().selectFirst(cssQuery);
            if (form == null) {
                throw new AssertionError("No form " + cssQuery + " on " + uri + ":\n" + body);
            }
            return form;
        }
    }

    /** Whether the browser holds a cookie named {@code name} (e.g. KEYCLOAK_IDENTITY, the SSO session), on any path. */
    public boolean hasCookie(String name) {
        return cookies.keySet().stream().anyMatch(key -> key.startsWith(name + "\t"));
    }

    /** Whether the browser holds a cookie named {@code name} that it would send to {@code path}, e.g. one realm's. */
    public boolean hasCookie(String name, String path) {
        return cookies.keySet().stream().anyMatch(key -> key.startsWith(name + "\t") && path.startsWith(key.substring(key.indexOf('\t') + 1)));
    }

    public Page get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Submits {@code form} with its own fields, overridden and completed by {@code values}. */
    public Page submit(Element form, Map<String, String> values) {
        return submit(form, values, Set.of());
    }

    /** As {@link #submit(Element, Map)}, leaving out the fields named in {@code omit} (an unticked box). */
    public Page submit(Element form, Map<String, String> values, Set<String> omit) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
                continue;
            }
            if ("submit".equals(type)) {
                continue;
            }
            fields.put(input.attr("name"), input.val());
        }
        fields.putAll(values);
        fields.keySet().removeAll(omit);
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = URI.create(form.absUrl("action"));
        return follow(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page follow(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = send(request);
            List<String> setCookies = new ArrayList<>(response.headers().allValues("Set-Cookie"));
            List<URI> hops = new ArrayList<>();
            while (hops.size() < 10 && isRedirect(response.statusCode())) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (serverBaseOf(next) == null) {
                    return new Page(response.statusCode(), response.uri(), response.body(), next, List.copyOf(hops), setCookies);
                }
                hops.add(next);
                response = send(HttpRequest.newBuilder(next).GET());
                setCookies.addAll(response.headers().allValues("Set-Cookie"));
            }
            return new Page(response.statusCode(), response.uri(), response.body(), null, List.copyOf(hops), setCookies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // What a browser asks for when it navigates; Keycloak chooses between endpoints on one path by it
        // (POST /realms/{realm}/device is the device grant's JSON endpoint, or the code form's page).
        request.setHeader("Accept", ACCEPT_PAGES);
        HttpRequest built = routed(request.build());
        String path = built.uri().getPath();
        String header = cookies.entrySet().stream()
                .filter(cookie -> path.startsWith(cookie.getKey().substring(cookie.getKey().indexOf('\t') + 1)))
                .map(cookie -> cookie.getKey().substring(0, cookie.getKey().indexOf('\t')) + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(built, (name, value) -> true);
        if (!header.isEmpty()) {
            withCookies.header("Cookie", header);
        }
        if (address != null) {
            withCookies.setHeader("X-Forwarded-For", address);
        }
        HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            String cookiePath = "/";
            for (String attribute : parts) {
                if (attribute.strip().toLowerCase(Locale.ROOT).startsWith("path=")) {
                    cookiePath = attribute.strip().substring(5);
                }
            }
            String key = name + "\t" + cookiePath;
            boolean expired = setCookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, value);
            }
        }
        return response;
    }

    /** Which of the server's addresses {@code uri} is on, or null for somewhere else (the relying portal). */
    private String serverBaseOf(URI uri) {
        return serverBaseUrls.stream().filter(base -> uri.toString().startsWith(base)).findFirst().orElse(null);
    }

    /** The request sent to the chosen node instead of the node its address names. */
    private HttpRequest routed(HttpRequest request) {
        String base = serverBaseOf(request.uri());
        if (base == null || base.equals(route)) {
            return request;
        }
        URI target = URI.create(route + request.uri().toString().substring(base.length()));
        return HttpRequest.newBuilder(request, (name, value) -> true).uri(target).build();
    }

    private static boolean isRedirect(int status) {
        return status == 302 || status == 303 || status == 301 || status == 307;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
