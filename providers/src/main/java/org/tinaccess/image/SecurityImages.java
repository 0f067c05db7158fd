package org.tinaccess.image;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The anti-phishing pictures ("Choose a Security Image"), shipped in the login theme
 * under {@code img/security/}, and the stable fake picture an unknown username is shown. Pure, so
 * it is tested without a server.
 */
public final class SecurityImages {

    /** File names without {@code .svg}; order is part of the fake-image derivation, append only. */
    public static final List<String> IDS = List.of("sun", "moon", "star", "pine", "mountain", "wave", "leaf", "flower", "house",
            "sailboat", "key", "heart", "cloud", "fish", "lighthouse", "apple");

    /**
     * The captions a person chooses from (message keys {@code securityCaption_<id>} in the login
     * theme), and that a fake picture carries: chosen from one list rather than typed, a real
     * caption cannot be told from a fake one. Order is part of the fake derivation, append only.
     */
    public static final List<String> CAPTIONS = List.of("morning-walk", "grandmas-garden", "lake-cabin", "blue-skies", "go-team",
            "sunday-coffee", "first-snow", "harbor-lights", "old-friends", "quiet-trail", "red-barn", "summer-camp", "home-sweet-home",
            "night-sky", "autumn-leaves", "fresh-start", "county-fair", "big-river", "apple-orchard", "road-trip", "family-dinner",
            "garden-tomatoes", "lucky-penny", "north-star", "morning-run", "pine-forest", "porch-swing", "rainy-day", "sunflower-field",
            "snow-day", "spring-rain", "starry-night", "town-square", "warm-cocoa", "river-bend", "hilltop-view", "city-lights",
            "cozy-fireplace", "beach-day", "maple-syrup");

    /** What the second sign-in page shows above the password: a picture and a caption, both ids from the lists. */
    public record Shown(String imageId, String caption) {}

    private SecurityImages() {}

    public static boolean isImage(String id) {
        return id != null && IDS.contains(id);
    }

    public static boolean isCaption(String id) {
        return id != null && CAPTIONS.contains(id);
    }

    /**
     * The picture for {@code username} when it has none of its own (unknown, or not chosen yet):
     * an HMAC of the username under a realm secret, so it is the same on every visit and every
     * node, yet cannot be told apart from a real choice or computed without the secret.
     */
    public static Shown fake(byte[] realmSecret, String username) {
        byte[] mac = hmac(realmSecret, username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        int image = Math.floorMod(mac[0] << 8 | (mac[1] & 0xff), IDS.size());
        int caption = Math.floorMod(mac[2] << 8 | (mac[3] & 0xff), CAPTIONS.size());
        return new Shown(IDS.get(image), CAPTIONS.get(caption));
    }

    private static byte[] hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("security-image:" + value).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
