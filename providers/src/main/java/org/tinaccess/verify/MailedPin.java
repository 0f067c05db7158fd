package org.tinaccess.verify;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The PIN of a US Mail letter: ten characters from an alphabet without look-alikes (about 49
 * bits), printed in two groups of five. Only a salted PBKDF2 hash is stored, so the database
 * alone does not give the PIN away; the daily try limits make guessing it online hopeless.
 */
public final class MailedPin {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    private static final int ITERATIONS = 120_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private MailedPin() {}

    /** A new PIN, as printed: {@code ABCDE-FGHJK}. */
    public static String generate() {
        StringBuilder pin = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                pin.append('-');
            }
            pin.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return pin.toString();
    }

    /** What the person typed, as compared: upper case, without spaces and dashes. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** {@code pbkdf2-sha256$iterations$salt$hash} of the normalized PIN. */
    public static String hash(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return SCHEME + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(normalize(pin), salt, ITERATIONS));
    }

    /** Whether {@code typed} is the PIN {@code stored} was made from; compared in constant time. */
    public static boolean matches(String typed, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        String normalized = normalize(typed);
        if (normalized.length() != LENGTH) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(normalized, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
