package org.tinaccess.image;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The picture and caption stored for a typed username or e-mail, read with one database query
 * whether or not an account has it. Keycloak's user cache answers a known account from memory and
 * an unknown one from the database, a difference a stopwatch can see on the security-image page;
 * this query costs the same either way. It reads Keycloak's JPA user entities, an internal API
 * (keycloak-model-jpa): users of a federation that does not import them see a fake picture.
 */
final class SecurityImageLookup {

    private static final String QUERY = "select a.user.id, a.user.email, a.name, a.value from UserAttributeEntity a"
            + " where a.user.realmId = :realm and (a.user.username = :login or a.user.email = :login) and a.name in (:image, :caption)";

    private SecurityImageLookup() {}

    /** The chosen picture and caption of the account {@code login} names (e-mail before username, as sign-in does). */
    static Optional<SecurityImages.Shown> of(KeycloakSession session, RealmModel realm, String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String lowered = login.strip().toLowerCase(Locale.ROOT);
        List<?> rows = session.getProvider(JpaConnectionProvider.class).getEntityManager().createQuery(QUERY)
                .setParameter("realm", realm.getId())
                .setParameter("login", lowered)
                .setParameter("image", SecurityImageChoice.IMAGE_ATTRIBUTE)
                .setParameter("caption", SecurityImageChoice.CAPTION_ATTRIBUTE)
                .getResultList();
        Map<String, Map<String, String>> byUser = new HashMap<>();
        String emailOwner = null;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String userId = (String) columns[0];
            byUser.computeIfAbsent(userId, id -> new HashMap<>()).put((String) columns[2], (String) columns[3]);
            if (lowered.equals(columns[1])) {
                emailOwner = userId;
            }
        }
        Map<String, String> attributes = emailOwner != null ? byUser.get(emailOwner)
                : byUser.values().stream().findFirst().orElse(Map.of());
        return SecurityImageChoice.of(attributes.get(SecurityImageChoice.IMAGE_ATTRIBUTE), attributes.get(SecurityImageChoice.CAPTION_ATTRIBUTE));
    }
}
