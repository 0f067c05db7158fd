package org.tinaccess.image;

import java.util.Optional;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A user's chosen picture and caption, kept as user attributes, and what to show for anyone. */
public final class SecurityImageChoice {

    public static final String IMAGE_ATTRIBUTE = "tinAccess.securityImage";
    public static final String CAPTION_ATTRIBUTE = "tinAccess.securityCaption";

    private SecurityImageChoice() {}

    static Optional<SecurityImages.Shown> of(UserModel user) {
        return of(user.getFirstAttribute(IMAGE_ATTRIBUTE), user.getFirstAttribute(CAPTION_ATTRIBUTE));
    }

    static Optional<SecurityImages.Shown> of(String image, String caption) {
        // A caption typed before captions came from a list counts as no choice: the person picks again.
        return SecurityImages.isImage(image) && SecurityImages.isCaption(caption)
                ? Optional.of(new SecurityImages.Shown(image, caption)) : Optional.empty();
    }

    static void save(UserModel user, String image, String caption) {
        user.setSingleAttribute(IMAGE_ATTRIBUTE, image);
        user.setSingleAttribute(CAPTION_ATTRIBUTE, caption);
    }

    public static boolean hasChosen(UserModel user) {
        return of(user).isPresent();
    }

    /**
     * The picture for the second sign-in page of whatever was typed. The stored choice is read and
     * the fake computed for everyone, known or not, so that the page costs the same time either way.
     */
    static SecurityImages.Shown toShow(KeycloakSession session, RealmModel realm, String username) {
        SecurityImages.Shown fake = SecurityImages.fake(realmSecret(session, realm), username);
        return SecurityImageLookup.of(session, realm, username).orElse(fake);
    }

    /** The realm's active HMAC signing key: per realm, shared by the cluster, rotated with the realm's keys. */
    private static byte[] realmSecret(KeycloakSession session, RealmModel realm) {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, "HS512");
        return key.getSecretKey().getEncoded();
    }
}
