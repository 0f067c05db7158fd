package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;

/** Which provider holds an NPI or an agency NPN in a realm (see {@link ProviderIdentifierEntity}). */
public final class ProviderIdentifierStore {

    private final EntityManager em;
    private final String realmId;

    public ProviderIdentifierStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /** The provider Organization that holds {@code identifier}, if one does. */
    public Optional<String> holder(String kind, String identifier) {
        return Optional.ofNullable(em.find(ProviderIdentifierEntity.class, new ProviderIdentifierId(realmId, kind, identifier)))
                .map(ProviderIdentifierEntity::getOrgId);
    }

    /**
     * Gives {@code identifier} to the provider {@code orgId}; false when another provider holds it.
     * Written at once, so a concurrent claim by another provider is settled by the primary key here
     * (the caller's transaction then rolls back), never at commit.
     */
    public boolean claim(String kind, String identifier, String orgId, long now) {
        Optional<String> held = holder(kind, identifier);
        if (held.isPresent()) {
            return held.get().equals(orgId);
        }
        try {
            em.persist(new ProviderIdentifierEntity(realmId, kind, identifier, orgId, now));
            em.flush();
            return true;
        } catch (PersistenceException | ModelDuplicateException concurrentClaim) {
            throw new IdentifierTakenMeanwhile(concurrentClaim);
        }
    }

    /**
     * Gives {@code identifier} to {@code orgId} whoever held it (a reviewer's decision); the row is
     * locked first, so a concurrent move waits. Answers the provider that held it before, if any.
     */
    public Optional<String> moveTo(String kind, String identifier, String orgId, long now) {
        ProviderIdentifierEntity held = em.find(ProviderIdentifierEntity.class, new ProviderIdentifierId(realmId, kind, identifier),
                LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            claim(kind, identifier, orgId, now);
            return Optional.empty();
        }
        String before = held.getOrgId();
        held.moveTo(orgId, now);
        em.flush();
        return Optional.of(before);
    }

    /** Another provider claimed the identifier between a look and an insert. */
    public static final class IdentifierTakenMeanwhile extends RuntimeException {
        public IdentifierTakenMeanwhile(Throwable cause) {
            super(cause);
        }
    }
}
