package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** The help desk's cases of one realm. */
public final class HelpDeskCaseStore {

    private final EntityManager em;
    private final String realmId;

    public HelpDeskCaseStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public void add(HelpDeskCaseEntity helpDeskCase) {
        em.persist(helpDeskCase);
    }

    public Optional<HelpDeskCaseEntity> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(HelpDeskCaseEntity.class, id))
                .filter(found -> realmId.equals(found.realmId()));
    }

    /** The case, its row locked until the transaction ends: two answers to one case are taken one at a time. */
    public Optional<HelpDeskCaseEntity> findLocked(String id) {
        Optional<HelpDeskCaseEntity> found = find(id);
        found.ifPresent(row -> em.lock(row, LockModeType.PESSIMISTIC_WRITE));
        return found;
    }

    /** The person's cases in any of {@code statuses}, newest first. */
    public List<HelpDeskCaseEntity> ofUser(String userId, Collection<HelpDeskCaseStatus> statuses) {
        return em.createQuery("select c from HelpDeskCaseEntity c where c.realmId = :realmId and c.userId = :userId"
                        + " and c.status in :statuses order by c.openedAt desc", HelpDeskCaseEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** Open cases that wait for the confirmation of the admin of one of {@code tins}. */
    public List<HelpDeskCaseEntity> awaitingAdmins(Collection<String> tins) {
        if (tins.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from HelpDeskCaseEntity c where c.realmId = :realmId and c.method = :method"
                        + " and c.status = :status and c.tin in :tins order by c.openedAt", HelpDeskCaseEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("method", HelpDeskMethod.ADMIN)
                .setParameter("status", HelpDeskCaseStatus.OPEN)
                .setParameter("tins", tins)
                .getResultList();
    }

    /** Resets waiting out their cooling-off, of any of {@code userIds}. */
    public List<HelpDeskCaseEntity> scheduledFor(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from HelpDeskCaseEntity c where c.realmId = :realmId and c.status = :status"
                        + " and c.userId in :userIds order by c.dueAt", HelpDeskCaseEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("status", HelpDeskCaseStatus.SCHEDULED)
                .setParameter("userIds", userIds)
                .getResultList();
    }

    /** Scheduled resets whose cooling-off ended by {@code now}. */
    public List<HelpDeskCaseEntity> due(long now) {
        return em.createQuery("select c from HelpDeskCaseEntity c where c.realmId = :realmId and c.status = :status"
                        + " and c.dueAt <= :now order by c.dueAt", HelpDeskCaseEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("status", HelpDeskCaseStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Closes a scheduled case as DONE unless someone stopped it meanwhile: the conditional UPDATE
     * decides between the job and a stop that come at once.
     */
    public boolean completeIfScheduled(String id, long now) {
        return em.createQuery("update HelpDeskCaseEntity c set c.status = :done, c.closedAt = :now"
                        + " where c.id = :id and c.realmId = :realmId and c.status = :scheduled")
                .setParameter("done", HelpDeskCaseStatus.DONE)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .setParameter("scheduled", HelpDeskCaseStatus.SCHEDULED)
                .executeUpdate() == 1;
    }
}
