package org.tinaccess.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The rules of a phone code (NIST SP 800-63B): 6 digits, valid 5 minutes, at most 5 tries, kept
 * only as a salted hash. Pure, so the rules are tested without a server.
 */
public final class CodeCheck {

    public static final int DIGITS = 6;
    public static final long LIFESPAN_MILLIS = 5 * 60 * 1000L;
    public static final int MAX_TRIES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The verdict on a typed code. */
    public enum Outcome {
        VALID,
        WRONG,
        EXPIRED,
        /** The code took its five tries; only a new code can be used now. */
        EXHAUSTED,
        /** No code was sent in this session. */
        NONE
    }

    private CodeCheck() {}

    public static String newCode() {
        return String.format("%0" + DIGITS + "d", RANDOM.nextInt((int) Math.pow(10, DIGITS)));
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String hash(String code, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param tries wrong answers so far for this code
     */
    public static Outcome check(String storedHash, String salt, long expiresAt, int tries, String typed, long now) {
        if (storedHash == null || salt == null) {
            return Outcome.NONE;
        }
        if (tries >= MAX_TRIES) {
            return Outcome.EXHAUSTED;
        }
        if (now > expiresAt) {
            return Outcome.EXPIRED;
        }
        String candidate = typed == null ? "" : typed.replaceAll("\\s", "");
        boolean same = MessageDigest.isEqual(hash(candidate, salt).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
        return same ? Outcome.VALID : Outcome.WRONG;
    }
}
