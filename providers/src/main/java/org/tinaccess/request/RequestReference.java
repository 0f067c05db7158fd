package org.tinaccess.request;

import java.security.SecureRandom;

/**
 * The number a requester quotes when calling the plan: {@code AR-7K3M-9QXD}. Random, not
 * sequential, so it tells nothing about how many requests exist; letters that read alike
 * (I, L, O, U) are left out. The database's unique key catches the rare repeat.
 */
public final class RequestReference {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestReference() {}

    public static String next(String prefix) {
        StringBuilder reference = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
