package org.tinaccess.it.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app: RFC 6238 codes (SHA-1, 6 digits, 30 s) from the secret Keycloak's OTP
 * enrolment page carries. Keycloak keys the HMAC with the secret's UTF-8 bytes.
 */
public final class Totp {

    /** Steps whose code this run has typed, per secret: Keycloak refuses a code the second time. */
    private static final Map<String, Set<Long>> SPENT = new ConcurrentHashMap<>();

    private Totp() {}

    /** The code {@code stepsAhead} 30-second steps from now (negative: steps ago). */
    public static String code(String secret, int stepsAhead) {
        long counter = System.currentTimeMillis() / 1000 / 30 + stepsAhead;
        SPENT.computeIfAbsent(secret, s -> ConcurrentHashMap.newKeySet()).add(counter);
        return codeAt(secret, counter);
    }

    /**
     * A code Keycloak still accepts and this run has not typed: the nearest unused step within the
     * test realm's look-around window ({@link TestRealmSettings#OTP_LOOK_AROUND_STEPS}), later steps
     * first. Only when a test has used them all does it wait, as a person would wait for the app's next code.
     */
    public static String unspentCode(String secret) {
        Integer step = Await.until("a code of " + secret.substring(0, 4) + "… not typed yet", Duration.ofSeconds(45),
                () -> unspentStep(secret), Objects::nonNull);
        return code(secret, step);
    }

    private static Integer unspentStep(String secret) {
        Set<Long> spent = SPENT.getOrDefault(secret, Set.of());
        long now = System.currentTimeMillis() / 1000 / 30;
        // One step short of the window's edges: on a loaded machine the request may reach Keycloak
        // after the step turned, and a code just outside the window is refused.
        int usable = TestRealmSettings.OTP_LOOK_AROUND_STEPS - 1;
        for (int distance = 0; distance <= usable; distance++) {
            if (!spent.contains(now + distance)) {
                return distance;
            }
        }
        for (int distance = 1; distance < usable; distance++) {
            if (!spent.contains(now - distance)) {
                return -distance;
            }
        }
        return null;
    }

    private static String codeAt(String secret, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
