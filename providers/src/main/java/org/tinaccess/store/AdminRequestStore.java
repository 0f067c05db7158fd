package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Admin requests, their TIN lines and admin claims in one realm. Every query is filtered by the
 * realm id given at construction, so no caller can reach another realm's rows.
 */
public final class AdminRequestStore {

    /** The reason code of a line its requester withdrew. */
    public static final String WITHDRAWN = "WITHDRAWN";

    private final EntityManager em;
    private final String realmId;

    public AdminRequestStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public void add(AccessRequestEntity request, List<RequestTinEntity> lines) {
        request.setRealmId(realmId);
        em.persist(request);
        for (RequestTinEntity line : lines) {
            line.setRealmId(realmId);
            line.setRequestId(request.getId());
            em.persist(line);
        }
        em.flush();
    }

    public Optional<AccessRequestEntity> request(String id) {
        return em.createQuery("select r from AccessRequestEntity r where r.id = :id and r.realmId = :realmId and r.kind = :kind",
                        AccessRequestEntity.class)
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .setParameter("kind", RequestKind.ADMIN.name())
                .getResultStream()
                .findFirst();
    }

    /** A request of either kind (admin or join) by id. */
    public Optional<AccessRequestEntity> requestOfAnyKind(String id) {
        return em.createQuery("select r from AccessRequestEntity r where r.id = :id and r.realmId = :realmId", AccessRequestEntity.class)
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .getResultStream()
                .findFirst();
    }

    public Optional<AccessRequestEntity> requestByReference(String reference) {
        return em.createQuery("select r from AccessRequestEntity r where r.reference = :reference and r.realmId = :realmId and r.kind = :kind",
                        AccessRequestEntity.class)
                .setParameter("reference", reference)
                .setParameter("realmId", realmId)
                .setParameter("kind", RequestKind.ADMIN.name())
                .getResultStream()
                .findFirst();
    }

    /**
     * The requests, admin and join, that {@code userId} submitted signed in or that were made with
     * {@code verifiedEmail} (the account's own, proved address; {@code null} when unproved), newest first.
     */
    public List<AccessRequestEntity> requestsOf(String userId, String verifiedEmail) {
        return em.createQuery("select r from AccessRequestEntity r where r.realmId = :realmId and r.kind in (:kinds) and (r.submittedBy = :userId"
                        + " or r.requesterUserId = :userId or lower(r.email) = :email) order by r.createdAt desc, r.id", AccessRequestEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("kinds", List.of(RequestKind.ADMIN.name(), RequestKind.JOIN.name()))
                .setParameter("userId", userId)
                .setParameter("email", verifiedEmail == null ? "" : verifiedEmail.toLowerCase(Locale.ROOT))
                .setMaxResults(200)
                .getResultList();
    }

    /** Withdraws a pending line: denied with reason {@value #WITHDRAWN} by the requester, as a decision (exactly one wins). */
    public boolean withdraw(RequestTinEntity line, String userId, long now) {
        return LineDecision.decide(em, realmId, line, LineStatus.DENIED, WITHDRAWN, null, userId, now);
    }

    public List<RequestTinEntity> lines(String requestId) {
        return em.createQuery("select l from RequestTinEntity l where l.requestId = :requestId and l.realmId = :realmId"
                        + " order by l.receivedAt, l.id", RequestTinEntity.class)
                .setParameter("requestId", requestId)
                .setParameter("realmId", realmId)
                .getResultList();
    }

    /** Whether {@code email} already has an undecided admin request line for {@code tin}. */
    public boolean hasPendingLine(String email, String tin) {
        return !em.createQuery("select l.id from RequestTinEntity l, AccessRequestEntity r where l.requestId = r.id"
                        + " and l.realmId = :realmId and l.tin = :tin and l.status = :pending and lower(r.email) = :email",
                        String.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .setParameter("pending", LineStatus.PENDING.name())
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The pending line for {@code tin} received first: the only one that may be approved. */
    public Optional<RequestTinEntity> firstPendingLine(String tin) {
        return pendingLines(tin).stream().findFirst();
    }

    public List<RequestTinEntity> pendingLines(String tin) {
        return em.createQuery("select l from RequestTinEntity l where l.realmId = :realmId and l.tin = :tin and l.status = :pending"
                        + " order by l.receivedAt, l.id", RequestTinEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .setParameter("pending", LineStatus.PENDING.name())
                .getResultList();
    }

    /** Every pending admin-request line sent with {@code email} (any case), oldest first. */
    public List<RequestTinEntity> pendingLinesFrom(String email) {
        return em.createQuery("select l from RequestTinEntity l, AccessRequestEntity r where l.requestId = r.id and r.kind = :kind"
                        + " and l.realmId = :realmId and l.status = :pending and lower(r.email) = :email order by l.receivedAt, l.id",
                        RequestTinEntity.class)
                .setParameter("kind", RequestKind.ADMIN.name())
                .setParameter("realmId", realmId)
                .setParameter("pending", LineStatus.PENDING.name())
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    /** See {@link LineDecision#decide}. */
    public boolean decide(RequestTinEntity line, LineStatus status, String reasonCode, String note, String decidedBy, long now) {
        return LineDecision.decide(em, realmId, line, status, reasonCode, note, decidedBy, now);
    }

    public RequestPage search(RequestQuery query) {
        StringBuilder where = new StringBuilder(" from AccessRequestEntity r where r.realmId = :realmId and r.kind = :kind");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("realmId", realmId);
        parameters.put("kind", RequestKind.ADMIN.name());
        if (query.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.tin() != null) {
            where.append(" and exists (select l.id from RequestTinEntity l where l.requestId = r.id and l.tin = :tin)");
            parameters.put("tin", query.tin());
        }
        if (query.text() != null) {
            where.append(" and (lower(r.firstName) like :text or lower(r.lastName) like :text or lower(r.email) like :text"
                    + " or lower(r.organization) like :text or lower(r.reference) like :text)");
            // Wildcards typed by the reviewer are dropped rather than escaped: a search, not a pattern.
            parameters.put("text", "%" + query.text().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        TypedQuery<AccessRequestEntity> page = em.createQuery("select r" + where + " order by r.createdAt, r.id", AccessRequestEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<AccessRequestEntity> items = new ArrayList<>(page.setFirstResult(query.first()).setMaxResults(query.max()).getResultList());
        return new RequestPage(count.getSingleResult(), items);
    }

    public boolean hasAdmin(String tin) {
        return em.find(AdminClaimEntity.class, new AdminClaimId(realmId, tin)) != null;
    }

    /**
     * Claims {@code tin} for {@code userId}: one INSERT, flushed at once, so a second claim fails
     * here on the primary key (REALM_ID, TIN) with a {@link jakarta.persistence.PersistenceException}.
     */
    public void claim(String tin, String userId, String requestId, long now) {
        em.persist(new AdminClaimEntity(realmId, tin, userId, requestId, now));
        em.flush();
    }

    public Optional<AdminClaimEntity> claimOf(String tin) {
        return Optional.ofNullable(em.find(AdminClaimEntity.class, new AdminClaimId(realmId, tin)));
    }

    /**
     * Hands {@code tin}'s claim from {@code fromUserId} to {@code toUserId} with one conditional
     * UPDATE: it succeeds only if the claim is still the one the caller saw.
     */
    public boolean transferClaim(String tin, String fromUserId, String toUserId) {
        int updated = em.createQuery("update AdminClaimEntity c set c.userId = :to where c.realmId = :realmId and c.tin = :tin"
                        + " and c.userId = :from")
                .setParameter("to", toUserId)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .setParameter("from", fromUserId)
                .executeUpdate();
        // The bulk UPDATE bypassed the persistence context; reload a managed copy, if any.
        AdminClaimEntity managed = em.find(AdminClaimEntity.class, new AdminClaimId(realmId, tin));
        if (managed != null) {
            em.refresh(managed);
        }
        return updated == 1;
    }

    /** Gives {@code tin} up when {@code userId} holds it (an approved person who declined); returns whether it did. */
    public boolean releaseClaim(String tin, String userId) {
        int deleted = em.createQuery("delete from AdminClaimEntity c where c.realmId = :realmId and c.tin = :tin and c.userId = :userId")
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .setParameter("userId", userId)
                .executeUpdate();
        return deleted == 1;
    }

    public List<AdminClaimEntity> claimsOf(String userId) {
        return em.createQuery("select c from AdminClaimEntity c where c.realmId = :realmId and c.userId = :userId order by c.tin",
                        AdminClaimEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .getResultList();
    }
}
