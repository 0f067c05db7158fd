package org.tinaccess.portal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * One browser's session with the portal: a sign-in under way, or the person signed in. The form
 * token guards the sign-out form against other sites posting it (the session cookie alone would be
 * sent with their post too).
 */
final class PortalSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id = random();
    private final String formToken = random();
    private volatile PendingSignIn pending;
    private volatile SignedIn person;

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String id() {
        return id;
    }

    String formToken() {
        return formToken;
    }

    PendingSignIn pending() {
        return pending;
    }

    /** A new sign-in replaces any earlier one that never came back. */
    void startSignIn(PendingSignIn signIn) {
        this.pending = signIn;
    }

    void signedIn(SignedIn signedIn) {
        this.pending = null;
        this.person = signedIn;
    }

    SignedIn person() {
        return person;
    }
}
