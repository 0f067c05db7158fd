package org.tinaccess.portal;

import com.nimbusds.jwt.JWT;
import java.util.List;

/**
 * A person the portal has signed in: what the validated ID token said (the subject and the realm
 * session, which a back-channel logout names), and the token itself, which the sign-out hands back to
 * the realm ({@code id_token_hint}) so that it ends the realm's session too.
 */
public record SignedIn(String subject, String realmSession, String name, String email, List<TinGrant> tins, JWT idToken) {

    /** Whether a logout token naming this subject and, if it names one, this realm session means this sign-in. */
    boolean endedBy(String loggedOutSubject, String loggedOutSession) {
        boolean sameSubject = loggedOutSubject == null || loggedOutSubject.equals(subject);
        boolean sameSession = loggedOutSession == null || loggedOutSession.equals(realmSession);
        return (loggedOutSubject != null || loggedOutSession != null) && sameSubject && sameSession;
    }
}
