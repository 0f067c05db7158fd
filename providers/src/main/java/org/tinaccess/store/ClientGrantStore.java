package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Client grants and their assignments in one realm. Every status change is a conditional UPDATE
 * (from the status the caller saw), so two decisions racing on one grant leave exactly one winner;
 * one open grant per service and client is the database's unique constraint.
 */
public final class ClientGrantStore {

    /** A client a user may act for through a billing service: what the token needs. */
    public record ClientAccess(String clientTin, String serviceTin, List<String> granted, List<String> assigned, String clientOrgId) {}

    private final EntityManager em;
    private final String realmId;

    public ClientGrantStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public Optional<ClientGrantEntity> find(String id) {
        ClientGrantEntity grant = id == null ? null : em.find(ClientGrantEntity.class, id);
        return grant == null || !grant.getRealmId().equals(realmId) ? Optional.empty() : Optional.of(grant);
    }

    /** The open grant of {@code serviceOrgId} for the client with {@code clientKey}, if any. */
    public Optional<ClientGrantEntity> open(String serviceOrgId, String clientKey) {
        return em.createQuery("select g from ClientGrantEntity g where g.realmId = :realmId and g.serviceOrgId = :serviceOrgId"
                        + " and g.openClient = :clientKey", ClientGrantEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("serviceOrgId", serviceOrgId)
                .setParameter("clientKey", clientKey)
                .getResultStream().findFirst();
    }

    /** Inserts a new pending grant; a concurrent one for the same client fails the flush with a PersistenceException. */
    public void insert(ClientGrantEntity grant) {
        em.persist(grant);
        em.flush();
    }

    /**
     * Moves the grant from {@code from} to {@code to} if it is still {@code from}; answers whether it
     * moved. A closed grant leaves the open slot, so the service may ask again.
     */
    public boolean move(String id, ClientGrantStatus from, ClientGrantStatus to, String decidedBy, long now, Collection<String> entitlements,
            String note) {
        if (!from.mayBecome(to)) {
            return false;
        }
        int moved = em.createQuery("update ClientGrantEntity g set g.status = :to, g.decidedBy = :by, g.decidedAt = :now,"
                        + " g.entitlements = coalesce(:entitlements, g.entitlements), g.note = coalesce(:note, g.note),"
                        + " g.openClient = case when :open = true then g.openClient else null end"
                        + " where g.id = :id and g.realmId = :realmId and g.status = :from")
                .setParameter("to", to.name())
                .setParameter("by", decidedBy)
                .setParameter("now", now)
                .setParameter("entitlements", entitlements == null ? null : ClientGrantEntity.joined(entitlements))
                .setParameter("note", note)
                .setParameter("open", to.isOpen())
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .setParameter("from", from.name())
                .executeUpdate();
        refresh(id);
        return moved == 1;
    }

    /** Marks a pending grant resent, once: answers false if it was resent already or is no longer pending. */
    public boolean markResent(String id) {
        int marked = em.createQuery("update ClientGrantEntity g set g.resent = true where g.id = :id and g.realmId = :realmId"
                        + " and g.status = :pending and g.resent = false")
                .setParameter("id", id)
                .setParameter("realmId", realmId)
                .setParameter("pending", ClientGrantStatus.PENDING.name())
                .executeUpdate();
        refresh(id);
        return marked == 1;
    }

    private void refresh(String id) {
        ClientGrantEntity grant = em.find(ClientGrantEntity.class, id);
        if (grant != null) {
            em.refresh(grant);
        }
    }

    /** A page of the grants a service asked for, newest first; {@code status} null for all. */
    public List<ClientGrantEntity> ofService(String serviceOrgId, ClientGrantStatus status, int first, int max) {
        return page(query("select g", "g.serviceOrgId", serviceOrgId, status, " order by g.requestedAt desc, g.id", ClientGrantEntity.class),
                first, max);
    }

    public long countOfService(String serviceOrgId, ClientGrantStatus status) {
        return query("select count(g)", "g.serviceOrgId", serviceOrgId, status, "", Long.class).getSingleResult();
    }

    /** A page of the grants addressed to a client TIN, newest first; {@code status} null for all. */
    public List<ClientGrantEntity> ofClient(String clientTin, ClientGrantStatus status, int first, int max) {
        return page(query("select g", "g.clientTin", clientTin, status, " order by g.requestedAt desc, g.id", ClientGrantEntity.class),
                first, max);
    }

    public long countOfClient(String clientTin, ClientGrantStatus status) {
        return query("select count(g)", "g.clientTin", clientTin, status, "", Long.class).getSingleResult();
    }

    /** A page of the realm's grants, oldest first (what web support works through); {@code status} null for all. */
    public List<ClientGrantEntity> ofRealm(ClientGrantStatus status, int first, int max) {
        return page(query("select g", null, null, status, " order by g.requestedAt, g.id", ClientGrantEntity.class), first, max);
    }

    public long countOfRealm(ClientGrantStatus status) {
        return query("select count(g)", null, null, status, "", Long.class).getSingleResult();
    }

    /** {@code column} null for no condition beyond the realm and status. */
    private <T> TypedQuery<T> query(String select, String column, String value, ClientGrantStatus status, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " from ClientGrantEntity g where g.realmId = :realmId"
                + (column == null ? "" : " and " + column + " = :value")
                + (status == null ? "" : " and g.status = :status") + order, type)
                .setParameter("realmId", realmId);
        if (column != null) {
            query.setParameter("value", value);
        }
        return status == null ? query : query.setParameter("status", status.name());
    }

    private static <T> List<T> page(TypedQuery<T> query, int first, int max) {
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Pending grants requested before {@code cutoff}, oldest first. */
    public List<ClientGrantEntity> pendingBefore(long cutoff, int max) {
        return em.createQuery("select g from ClientGrantEntity g where g.realmId = :realmId and g.status = :pending"
                        + " and g.requestedAt < :cutoff order by g.requestedAt", ClientGrantEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("pending", ClientGrantStatus.PENDING.name())
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
    }

    /** The assignments of {@code userId} to grants of {@code serviceOrgId}: grant id to entitlements. */
    public Map<String, List<String>> assignments(String serviceOrgId, String userId) {
        return em.createQuery("select a from ClientAssignmentEntity a, ClientGrantEntity g where a.grantId = g.id and g.realmId = :realmId"
                        + " and g.serviceOrgId = :serviceOrgId and a.userId = :userId", ClientAssignmentEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("serviceOrgId", serviceOrgId)
                .setParameter("userId", userId)
                .getResultStream()
                .collect(Collectors.toMap(ClientAssignmentEntity::getGrantId, ClientAssignmentEntity::getEntitlements));
    }

    /** The users of the service assigned to act for the client of {@code grantId}. */
    public List<String> assignedUsers(String grantId) {
        return em.createQuery("select a.userId from ClientAssignmentEntity a where a.realmId = :realmId and a.grantId = :grantId", String.class)
                .setParameter("realmId", realmId)
                .setParameter("grantId", grantId)
                .getResultList();
    }

    /** Replaces every assignment of {@code userId} to grants of {@code serviceOrgId}. */
    public void setAssignments(String serviceOrgId, String userId, Map<String, List<String>> byGrant) {
        em.createQuery("delete from ClientAssignmentEntity a where a.realmId = :realmId and a.userId = :userId and a.grantId in"
                        + " (select g.id from ClientGrantEntity g where g.realmId = :realmId and g.serviceOrgId = :serviceOrgId)")
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("serviceOrgId", serviceOrgId)
                .executeUpdate();
        byGrant.forEach((grantId, entitlements) -> em.persist(new ClientAssignmentEntity(realmId, grantId, userId, entitlements)));
        em.flush();
    }

    /** The approved clients {@code userId} is assigned to through any billing service they are an active member of. */
    public List<ClientAccess> clientAccess(String userId) {
        // The services are the user's active memberships, read in the same query: an IN list of their ids
        // would make the statement, and its parsing, grow with the number of TINs the user belongs to.
        return em.createQuery("select g, a from ClientAssignmentEntity a, ClientGrantEntity g where a.grantId = g.id"
                        + " and a.realmId = :realmId and a.userId = :userId and g.realmId = :realmId and g.status = :approved"
                        + " and g.clientTin is not null and g.serviceOrgId in (select m.orgId from MemberEntity m"
                        + " where m.realmId = :realmId and m.userId = :userId and m.status = :active)", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("approved", ClientGrantStatus.APPROVED.name())
                .setParameter("active", MemberStatus.ACTIVE.name())
                .getResultStream()
                .map(row -> {
                    ClientGrantEntity grant = (ClientGrantEntity) row[0];
                    ClientAssignmentEntity assignment = (ClientAssignmentEntity) row[1];
                    return new ClientAccess(grant.getClientTin(), grant.getServiceTin(), grant.getEntitlements(), assignment.getEntitlements(),
                            grant.getClientOrgId());
                })
                .toList();
    }
}
