package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** Which account holds an agent's NPN in one realm ({@code TA_AGENT_NPN}). */
public final class AgentNpnStore {

    private final EntityManager em;
    private final String realmId;

    public AgentNpnStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public Optional<AgentNpnEntity> find(String npn) {
        return Optional.ofNullable(em.find(AgentNpnEntity.class, new AgentNpnId(realmId, npn)));
    }

    public Optional<AgentNpnEntity> ofUser(String userId) {
        return em.createQuery("select a from AgentNpnEntity a where a.realmId = :realmId and a.userId = :userId", AgentNpnEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .getResultStream()
                .findFirst();
    }

    /** The NPNs several accounts hold, in one query: user id to NPN (absent: none). */
    public Map<String, String> npnsOf(Collection<String> userIds) {
        Map<String, String> npns = new HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("select a from AgentNpnEntity a where a.realmId = :realmId and a.userId in :userIds", AgentNpnEntity.class)
                    .setParameter("realmId", realmId)
                    .setParameter("userIds", userIds)
                    .getResultStream()
                    .forEach(held -> npns.put(held.getUserId(), held.getNpn()));
        }
        return npns;
    }

    /**
     * Gives {@code npn} to {@code userId}: one INSERT, flushed at once, so a concurrent claim of the
     * same NPN (primary key) or a second NPN for the account (unique key) fails here with a
     * {@link jakarta.persistence.PersistenceException}.
     */
    public void claim(String npn, String userId, long now) {
        em.persist(new AgentNpnEntity(realmId, npn, userId, now));
        em.flush();
    }

    public void release(AgentNpnEntity held) {
        em.remove(held);
        em.flush();
    }
}
