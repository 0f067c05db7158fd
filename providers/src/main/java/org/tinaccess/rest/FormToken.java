package org.tinaccess.rest;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site posts to our public pages are refused by a double-submit token: a random value in a
 * SameSite=Strict cookie scoped to the page, which the form must echo in a hidden field. No
 * server-side state, so any cluster node can check it.
 */
public final class FormToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cookieName;

    public FormToken(String cookieName) {
        this.cookieName = cookieName;
    }

    public String cookieName() {
        return cookieName;
    }

    /** A new token for a page about to be drawn. */
    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code page} with the cookie that carries {@code token}, for forms posting to {@code pageUri}. */
    public Response withCookie(Response page, String token, URI pageUri) {
        NewCookie cookie = new NewCookie.Builder(cookieName)
                .value(token)
                .path(pageUri.getPath())
                .httpOnly(true)
                .secure("https".equals(pageUri.getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.fromResponse(page).cookie(cookie).build();
    }

    /** Whether the form's field echoes the cookie (compared in constant time). */
    public static boolean matches(String cookie, String field) {
        return cookie != null && field != null && !cookie.isEmpty()
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
