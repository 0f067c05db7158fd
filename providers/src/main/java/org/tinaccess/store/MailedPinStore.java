package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** The mailed PINs of one realm's request lines. */
public final class MailedPinStore {

    private final EntityManager em;
    private final String realmId;

    public MailedPinStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /** Stores the line's PIN; a line that had one gets the new one in its place (the earlier PIN stops working). */
    public void add(MailedPinEntity pin) {
        Optional<MailedPinEntity> earlier = forLine(pin.getLineId());
        if (earlier.isPresent()) {
            earlier.get().replace(pin.getPinHash(), pin.getIssuedAt(), pin.getExpiresAt());
        } else {
            em.persist(pin);
        }
        em.flush();
    }

    public Optional<MailedPinEntity> forLine(String lineId) {
        return em.createQuery("select p from MailedPinEntity p where p.lineId = :lineId and p.realmId = :realmId", MailedPinEntity.class)
                .setParameter("lineId", lineId)
                .setParameter("realmId", realmId)
                .getResultStream()
                .findFirst();
    }

    /** Uses the PIN once: false when a concurrent entry used it first (the conditional UPDATE decides). */
    public boolean use(String lineId, long now) {
        int updated = em.createQuery("update MailedPinEntity p set p.usedAt = :now where p.lineId = :lineId and p.realmId = :realmId"
                        + " and p.usedAt is null")
                .setParameter("now", now)
                .setParameter("lineId", lineId)
                .setParameter("realmId", realmId)
                .executeUpdate();
        return updated == 1;
    }
}
