package org.tinaccess.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Rate limits that hold across a cluster, kept in Keycloak's single-use-object store (the
 * distributed action-token cache, or the external Infinispan/Hot Rod store). A limit of N per
 * window is N slot keys per fixed window; claiming one is {@code putIfAbsent}, which is atomic on
 * every node, so there are no counters to race on. Subjects (e-mails, phone numbers, addresses)
 * are hashed into the keys, never stored in clear. Entries expire with their window; a full
 * cluster restart forgets them, which only ever loosens a limit for one window.
 */
public final class ClusterRateLimit {

    private static final String PREFIX = "tin-access-limit:";

    private final KeycloakSession session;
    private final RealmModel realm;

    public ClusterRateLimit(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Takes one of {@code max} slots of the current {@code window} for {@code subject}; false when all are taken. */
    public boolean tryAcquire(String kind, String subject, int max, Duration window) {
        return acquire(kind, subject, max, window).isPresent();
    }

    /**
     * Like {@link #tryAcquire}, returning the slot taken, so that an attempt that turns out not to
     * count (a verification that succeeded) can give it back with {@link #release}.
     */
    public Optional<String> acquire(String kind, String subject, int max, Duration window) {
        if (max <= 0) {
            return Optional.empty();
        }
        long seconds = Math.max(1, window.toSeconds());
        long windowIndex = Time.currentTime() / seconds;
        String base = key(kind, subject) + ":" + windowIndex + ":";
        // From a random slot onwards, so a limit of hundreds that is half taken costs a few tries, not hundreds.
        int start = ThreadLocalRandom.current().nextInt(max);
        for (int i = 0; i < max; i++) {
            int slot = (start + i) % max;
            if (session.singleUseObjects().putIfAbsent(base + slot, seconds)) {
                return Optional.of(base + slot);
            }
        }
        return Optional.empty();
    }

    public void release(String slot) {
        session.singleUseObjects().remove(slot);
    }

    /** True, and remembered for {@code interval}, when nothing of {@code kind} happened for {@code subject} within it. */
    public boolean tryOncePer(String kind, String subject, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return true;
        }
        return session.singleUseObjects().putIfAbsent(key(kind, subject) + ":once", Math.max(1, interval.toSeconds()));
    }

    private String key(String kind, String subject) {
        return PREFIX + realm.getId() + ":" + kind + ":" + sha256(subject);
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
