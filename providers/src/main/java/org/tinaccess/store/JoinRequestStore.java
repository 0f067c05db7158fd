package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Join requests of one realm: a TA_ACCESS_REQUEST of kind JOIN with its one
 * TA_REQUEST_TIN line, which carries the decision and the deadline's outcome.
 */
public final class JoinRequestStore {

    /** Reason code of a line the expiry job denied. */
    public static final String EXPIRED = "EXPIRED";

    private final EntityManager em;
    private final String realmId;

    public JoinRequestStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public void add(AccessRequestEntity request, RequestTinEntity line) {
        request.setRealmId(realmId);
        request.setKind(RequestKind.JOIN.name());
        em.persist(request);
        line.setRealmId(realmId);
        line.setRequestId(request.getId());
        em.persist(line);
        em.flush();
    }

    /** The reference of the request with which {@code email} waits for a decision on joining {@code tin}, if any. */
    public Optional<String> pendingReference(String tin, String email) {
        return em.createQuery("select r.reference from RequestTinEntity l, AccessRequestEntity r where l.requestId = r.id"
                        + " and r.kind = :join and l.realmId = :realmId and l.tin = :tin and l.status = :pending and lower(r.email) = :email",
                        String.class)
                .setParameter("join", RequestKind.JOIN.name())
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .setParameter("pending", LineStatus.PENDING.name())
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The join request {@code id} for {@code tin}, with its line. */
    public Optional<JoinRequest> find(String tin, String id) {
        return query(" and r.id = :id", tin, null).setParameter("id", id).getResultStream().findFirst().map(this::joinRequest);
    }

    /** Oldest first; {@code status} null for all. */
    public List<JoinRequest> list(String tin, RequestStatus status, int first, int max) {
        return query("", tin, status).setFirstResult(first).setMaxResults(max).getResultStream().map(this::joinRequest).toList();
    }

    public long count(String tin, RequestStatus status) {
        TypedQuery<Long> count = em.createQuery("select count(r) from AccessRequestEntity r, RequestTinEntity l where l.requestId = r.id"
                + " and r.realmId = :realmId and r.kind = :join and l.tin = :tin" + (status == null ? "" : " and r.status = :status"), Long.class)
                .setParameter("realmId", realmId)
                .setParameter("join", RequestKind.JOIN.name())
                .setParameter("tin", tin);
        if (status != null) {
            count.setParameter("status", status.name());
        }
        return count.getSingleResult();
    }

    /** Pending join requests whose deadline has passed, at most {@code limit}. */
    public List<JoinRequest> overdue(long now, int limit) {
        return em.createQuery("select r from AccessRequestEntity r where r.realmId = :realmId and r.kind = :join and r.status = :pending"
                        + " and r.deadlineAt < :now order by r.deadlineAt", AccessRequestEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("join", RequestKind.JOIN.name())
                .setParameter("pending", RequestStatus.PENDING.name())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(this::joinRequest)
                .toList();
    }

    public boolean decide(JoinRequest request, LineStatus status, String reasonCode, String note, String decidedBy, long now) {
        return LineDecision.decide(em, realmId, request.line(), status, reasonCode, note, decidedBy, now);
    }

    private TypedQuery<AccessRequestEntity> query(String condition, String tin, RequestStatus status) {
        TypedQuery<AccessRequestEntity> query = em.createQuery("select r from AccessRequestEntity r, RequestTinEntity l where l.requestId = r.id"
                        + " and r.realmId = :realmId and r.kind = :join and l.tin = :tin" + (status == null ? "" : " and r.status = :status")
                        + condition + " order by r.createdAt, r.id", AccessRequestEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("join", RequestKind.JOIN.name())
                .setParameter("tin", tin);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        return query;
    }

    private JoinRequest joinRequest(AccessRequestEntity request) {
        RequestTinEntity line = em.createQuery("select l from RequestTinEntity l where l.requestId = :id and l.realmId = :realmId",
                        RequestTinEntity.class)
                .setParameter("id", request.getId())
                .setParameter("realmId", realmId)
                .getSingleResult();
        return new JoinRequest(request, line);
    }
}
