package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** The access reviews of one realm and their items. */
public final class AccessReviewStore {

    private final EntityManager em;
    private final String realmId;

    public AccessReviewStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /** Adds a review and its items; a second open review of the same TIN fails on the unique key at flush. */
    public void add(AccessReviewEntity review, List<AccessReviewItemEntity> items) {
        em.persist(review);
        items.forEach(em::persist);
        em.flush();
    }

    public Optional<AccessReviewEntity> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(AccessReviewEntity.class, id)).filter(found -> realmId.equals(found.realmId()));
    }

    /** The review, its row locked until the transaction ends: decisions and the deadline take it one at a time. */
    public void lock(AccessReviewEntity review) {
        em.lock(review, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The TIN's newest review, open or closed. */
    public Optional<AccessReviewEntity> newestOf(String tin) {
        return em.createQuery("select r from AccessReviewEntity r where r.realmId = :realmId and r.tin = :tin order by r.startedAt desc",
                        AccessReviewEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The open reviews of any of {@code tins}, soonest due first. */
    public List<AccessReviewEntity> openOf(Collection<String> tins) {
        if (tins.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from AccessReviewEntity r where r.realmId = :realmId and r.closedAt is null and r.tin in :tins"
                        + " order by r.dueAt", AccessReviewEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("tins", tins)
                .getResultList();
    }

    /** Every open review of the realm, soonest due first. */
    public List<AccessReviewEntity> open() {
        return em.createQuery("select r from AccessReviewEntity r where r.realmId = :realmId and r.closedAt is null order by r.dueAt",
                        AccessReviewEntity.class)
                .setParameter("realmId", realmId)
                .getResultList();
    }

    /** When each TIN's newest review started: the schedule starts the next one from there. */
    public List<Object[]> lastStartPerTin() {
        return em.createQuery("select r.tin, max(r.startedAt) from AccessReviewEntity r where r.realmId = :realmId group by r.tin", Object[].class)
                .setParameter("realmId", realmId)
                .getResultList();
    }

    public List<AccessReviewItemEntity> items(String reviewId) {
        return em.createQuery("select i from AccessReviewItemEntity i where i.reviewId = :reviewId order by i.name, i.id",
                        AccessReviewItemEntity.class)
                .setParameter("reviewId", reviewId)
                .getResultList();
    }

    public Optional<AccessReviewItemEntity> item(String reviewId, String itemId) {
        return Optional.ofNullable(itemId == null ? null : em.find(AccessReviewItemEntity.class, itemId))
                .filter(found -> found.getReviewId().equals(reviewId));
    }
}
