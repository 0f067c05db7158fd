package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * "My provider is not listed" requests of one realm: TA_ACCESS_REQUEST rows of kind
 * NOT_LISTED, without TIN lines. Pending until a reviewer closes one; closing is a conditional
 * UPDATE, so of two reviewers closing at once exactly one wins.
 */
public final class NotListedRequestStore {

    private final EntityManager em;
    private final String realmId;

    public NotListedRequestStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public void add(AccessRequestEntity request) {
        request.setRealmId(realmId);
        request.setKind(RequestKind.NOT_LISTED.name());
        em.persist(request);
        em.flush();
    }

    public Optional<AccessRequestEntity> find(String id) {
        return em.createQuery("select r from AccessRequestEntity r where r.id = :id and r.realmId = :realmId and r.kind = :kind",
                        AccessRequestEntity.class)
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .setParameter("kind", RequestKind.NOT_LISTED.name())
                .getResultStream()
                .findFirst();
    }

    /** Oldest first; {@code status} null for all. */
    public List<AccessRequestEntity> list(RequestStatus status, int first, int max) {
        return query("select r", status, " order by r.createdAt, r.id", AccessRequestEntity.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(RequestStatus status) {
        return query("select count(r)", status, "", Long.class).getSingleResult();
    }

    /**
     * Closes a pending request and reloads {@code request}; false when it was already closed (or is
     * not one of this realm's).
     */
    public boolean close(AccessRequestEntity request, String outcome, String note, String closedBy, long now) {
        int updated = em.createQuery("update AccessRequestEntity r set r.status = :decided, r.decidedAt = :now, r.outcome = :outcome,"
                        + " r.closeNote = :note, r.closedBy = :closedBy where r.id = :id and r.realmId = :realmId and r.kind = :kind"
                        + " and r.status = :pending")
                .setParameter("decided", RequestStatus.DECIDED.name())
                .setParameter("now", now)
                .setParameter("outcome", outcome)
                .setParameter("note", note)
                .setParameter("closedBy", closedBy)
                .setParameter("id", request.getId())
                .setParameter("realmId", realmId)
                .setParameter("kind", RequestKind.NOT_LISTED.name())
                .setParameter("pending", RequestStatus.PENDING.name())
                .executeUpdate();
        em.refresh(request);
        return updated == 1;
    }

    private <T> TypedQuery<T> query(String select, RequestStatus status, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " from AccessRequestEntity r where r.realmId = :realmId and r.kind = :kind"
                        + (status == null ? "" : " and r.status = :status") + order, type)
                .setParameter("realmId", realmId)
                .setParameter("kind", RequestKind.NOT_LISTED.name());
        if (status != null) {
            query.setParameter("status", status.name());
        }
        return query;
    }
}
