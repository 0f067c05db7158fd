package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** When accounts of one realm last signed in. */
public final class SignInStore {

    private final EntityManager em;
    private final String realmId;

    public SignInStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /**
     * Notes a sign-in at {@code now} (epoch milliseconds). Two sign-ins of one account at once may
     * both insert: the primary key refuses the second, which the caller may ignore (the first holds
     * as good a time).
     */
    public void record(String userId, long now) {
        SignInEntity row = em.find(SignInEntity.class, new SignInId(realmId, userId));
        if (row == null) {
            em.persist(new SignInEntity(realmId, userId, now));
        } else if (row.getLastAt() < now) {
            row.setLastAt(now);
        }
    }

    public Optional<Long> lastOf(String userId) {
        return Optional.ofNullable(em.find(SignInEntity.class, new SignInId(realmId, userId))).map(SignInEntity::getLastAt);
    }
}
