package org.tinaccess.portal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * One browser's session with the portal: a sign-in under way, the person signed in, or a sign-in
 * the realm ended (their access changed, or they signed out elsewhere). The form
 * token guards the sign-out form against other sites posting it (the session cookie alone would be
 * sent with their post too).
 */
final class PortalSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id = random();
    private final String formToken = random();
    private volatile PendingSignIn pending;
    private volatile SignedIn person;
    private volatile boolean endedByRealm;

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
        this.endedByRealm = false;
    }

    /** The realm ended this sign-in (back-channel logout): the person's next page says so. */
    void endedByRealm() {
        this.person = null;
        this.endedByRealm = true;
    }

    boolean wasEndedByRealm() {
        return endedByRealm;
    }

    SignedIn person() {
        return person;
    }
}
