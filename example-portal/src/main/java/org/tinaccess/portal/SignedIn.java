package org.tinaccess.portal;

import com.nimbusds.jwt.JWT;
import java.util.List;

/**
 * A person the portal has signed in: what the validated ID token said, and the token itself, which
 * the sign-out hands back to the realm ({@code id_token_hint}) so that it ends the realm's session too.
 */
public record SignedIn(String name, String email, List<TinGrant> tins, JWT idToken) {}
