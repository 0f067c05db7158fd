package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Memberships of TINs and their entitlements in one realm. Member lists are paged and searched in
 * the database by joining Keycloak's user table (UserEntity, a private model class, is the only
 * way to page and filter by name in SQL; the UserProvider cannot filter by our membership).
 */
public final class MemberStore {

    private final EntityManager em;
    private final String realmId;

    public MemberStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public Optional<MemberEntity> find(String tin, String userId) {
        return Optional.ofNullable(em.find(MemberEntity.class, new MemberId(realmId, tin, userId)));
    }

    /**
     * Adds the membership unless it exists; returns whether it was added. Two concurrent adds of one
     * person both pass the check: the primary key (REALM_ID, TIN, USER_ID) makes the second flush
     * fail with a {@link jakarta.persistence.PersistenceException}, which callers answer as a conflict.
     */
    public boolean add(MemberEntity member) {
        if (find(member.getTin(), member.getUserId()).isPresent()) {
            return false;
        }
        em.persist(member);
        em.flush();
        return true;
    }

    public boolean add(String tin, String orgId, String userId, String addedBy, long now) {
        return add(new MemberEntity(realmId, tin, userId, orgId, addedBy, now));
    }

    /** Whether every membership of {@code userId} is in one of {@code tins}. */
    public boolean allMembershipsIn(String userId, Set<String> tins) {
        return membershipsOf(userId).stream().allMatch(member -> tins.contains(member.getTin()));
    }

    /**
     * Removes the membership and what hangs on it, client assignments included when the TIN is a
     * billing service's: someone added back later starts with nothing they held before.
     */
    public void remove(MemberEntity member) {
        for (String entity : PER_MEMBER) {
            deleteOf(entity, member.getOrgId(), member.getUserId());
        }
        em.createQuery("delete from ClientAssignmentEntity a where a.realmId = :realmId and a.userId = :userId and a.grantId in"
                        + " (select g.id from ClientGrantEntity g where g.realmId = :realmId and g.serviceOrgId = :orgId)")
                .setParameter("realmId", realmId)
                .setParameter("userId", member.getUserId())
                .setParameter("orgId", member.getOrgId())
                .executeUpdate();
        em.remove(member);
    }

    public List<MemberEntity> membershipsOf(String userId) {
        return em.createQuery("select m from MemberEntity m where m.realmId = :realmId and m.userId = :userId order by m.tin",
                        MemberEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .getResultList();
    }

    /** An active membership as the {@code tins} claim needs it: the TIN and its provider. */
    public record ActiveMembership(String tin, String orgId, boolean backupAdmin) {}

    /**
     * The user's active memberships, by TIN, read as plain values rather than entities: the claim is
     * computed at every token issue, and a person with hundreds of TINs would otherwise load hundreds
     * of entities into the request's persistence context, each checked for changes when it ends.
     */
    public List<ActiveMembership> activeMembershipsOf(String userId) {
        return em.createQuery("select m.tin, m.orgId, m.backupAdmin from MemberEntity m where m.realmId = :realmId and m.userId = :userId"
                        + " and m.status = :active order by m.tin", Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("active", MemberStatus.ACTIVE.name())
                .getResultStream()
                .map(row -> new ActiveMembership((String) row[0], (String) row[1], BackupAdmin.CONFIRMED.name().equals(row[2])))
                .toList();
    }

    /** The TIN's members the admin named backup admins, agreed or not yet. */
    public List<MemberEntity> backupAdminsOf(String tin) {
        return em.createQuery("select m from MemberEntity m where m.realmId = :realmId and m.tin = :tin and m.backupAdmin is not null"
                        + " order by m.userId", MemberEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .getResultList();
    }

    /** The TIN's active memberships, by user id. */
    public List<MemberEntity> activeMembersOf(String tin) {
        return em.createQuery("select m from MemberEntity m where m.realmId = :realmId and m.tin = :tin and m.status = :active order by m.userId",
                        MemberEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("tin", tin)
                .setParameter("active", MemberStatus.ACTIVE.name())
                .getResultList();
    }

    /** The TINs that have at least one active membership. */
    public List<String> tinsWithActiveMembers() {
        return em.createQuery("select distinct m.tin from MemberEntity m where m.realmId = :realmId and m.status = :active", String.class)
                .setParameter("realmId", realmId)
                .setParameter("active", MemberStatus.ACTIVE.name())
                .getResultList();
    }

    public long activeMembershipCount(String userId) {
        return em.createQuery("select count(m) from MemberEntity m where m.realmId = :realmId and m.userId = :userId and m.status = :active",
                        Long.class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .setParameter("active", MemberStatus.ACTIVE.name())
                .getSingleResult();
    }

    public List<String> entitlements(String orgId, String userId) {
        return entitlements(orgId, List.of(userId)).getOrDefault(userId, List.of());
    }

    /** Entitlements of several members of one provider in one query: user id to sorted names. */
    public Map<String, List<String>> entitlements(String orgId, Collection<String> userIds) {
        return ofMembers("MemberEntitlementEntity", "entitlement", orgId, userIds);
    }

    /** All of a user's entitlements in one query: organisation id to sorted names. */
    public Map<String, List<String>> entitlementsOfUser(String userId) {
        return ofUser("MemberEntitlementEntity", "entitlement", userId);
    }

    /**
     * Holds the membership's row until the transaction ends, so that replacing a member's list waits
     * for another replacement under way: two writers that each delete and insert would otherwise
     * leave a mix of both lists.
     */
    public void lock(MemberEntity member) {
        em.lock(member, LockModeType.PESSIMISTIC_WRITE);
    }

    public void setEntitlements(String orgId, String userId, Collection<String> entitlements) {
        deleteOf("MemberEntitlementEntity", orgId, userId);
        entitlements.forEach(entitlement -> em.persist(new MemberEntitlementEntity(realmId, orgId, userId, entitlement)));
        em.flush();
    }

    /** The NPIs several members of one provider are limited to: user id to sorted NPIs (absent: not limited). */
    public Map<String, List<String>> npis(String orgId, Collection<String> userIds) {
        return ofMembers("MemberNpiEntity", "npi", orgId, userIds);
    }

    /** The NPIs a user is limited to at each provider, in one query: organisation id to sorted NPIs. */
    public Map<String, List<String>> npisOfUser(String userId) {
        return ofUser("MemberNpiEntity", "npi", userId);
    }

    /** Limits the member to {@code npis} of the provider; none lifts the limit. */
    public void setNpis(String orgId, String userId, Collection<String> npis) {
        deleteOf("MemberNpiEntity", orgId, userId);
        npis.forEach(npi -> em.persist(new MemberNpiEntity(realmId, orgId, userId, npi)));
        em.flush();
    }

    /** The members of the provider {@code orgId} whose limit names {@code npi}. */
    public List<String> limitedTo(String orgId, String npi) {
        return em.createQuery("select e.userId from MemberNpiEntity e where e.realmId = :realmId and e.orgId = :orgId"
                        + " and e.npi = :npi", String.class)
                .setParameter("realmId", realmId)
                .setParameter("orgId", orgId)
                .setParameter("npi", npi)
                .getResultList();
    }

    /**
     * Takes {@code npi} out of every limit at the provider {@code orgId} (it left that provider).
     * Answers the members it was the only NPI of: with no NPI left, their limit would read "the whole
     * TIN", so the caller narrows them another way.
     */
    public List<String> dropNpiFromLimits(String orgId, String npi) {
        List<String> limited = limitedTo(orgId, npi);
        if (limited.isEmpty()) {
            return List.of();
        }
        em.createQuery("delete from MemberNpiEntity e where e.realmId = :realmId and e.orgId = :orgId and e.npi = :npi")
                .setParameter("realmId", realmId)
                .setParameter("orgId", orgId)
                .setParameter("npi", npi)
                .executeUpdate();
        Map<String, List<String>> left = npis(orgId, limited);
        return limited.stream().filter(userId -> !left.containsKey(userId)).toList();
    }

    /** The per-member values (entitlements, NPI limits) kept beside a membership and gone with it. */
    private static final List<String> PER_MEMBER = List.of("MemberEntitlementEntity", "MemberNpiEntity");

    private Map<String, List<String>> ofMembers(String entity, String value, String orgId, Collection<String> userIds) {
        Map<String, List<String>> byUser = new HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        em.createQuery("select e.userId, e." + value + " from " + entity + " e where e.realmId = :realmId and e.orgId = :orgId"
                        + " and e.userId in :userIds order by e." + value, Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("orgId", orgId)
                .setParameter("userIds", userIds)
                .getResultStream()
                .forEach(row -> byUser.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return byUser;
    }

    private Map<String, List<String>> ofUser(String entity, String value, String userId) {
        Map<String, List<String>> byOrg = new HashMap<>();
        em.createQuery("select e.orgId, e." + value + " from " + entity + " e where e.realmId = :realmId and e.userId = :userId"
                        + " order by e." + value, Object[].class)
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .getResultStream()
                .forEach(row -> byOrg.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return byOrg;
    }

    private void deleteOf(String entity, String orgId, String userId) {
        em.createQuery("delete from " + entity + " e where e.realmId = :realmId and e.orgId = :orgId and e.userId = :userId")
                .setParameter("realmId", realmId)
                .setParameter("orgId", orgId)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    /** The shortest text a trigram index can look up; anything shorter would make PostgreSQL read the whole index. */
    private static final int TRIGRAM = 3;

    /**
     * The search as subqueries on the user table, so that PostgreSQL finds the matching accounts
     * through its trigram indexes (change set member-search-trigrams) and only then reads the TIN's
     * memberships, instead of joining every member's account before it filters.
     */
    private static final String ACCOUNTS_FIRST = " and (m.userId in (select s.id from UserEntity s where s.realmId = :realmId"
            + " and lower(s.email) like :text) or (m.status <> 'INVITED' and m.userId in (select s.id from UserEntity s"
            + " where s.realmId = :realmId and (lower(s.username) like :text or lower(s.firstName) like :text or lower(s.lastName) like :text)))"
            + " or (m.status = 'INVITED' and (lower(m.invitedFirstName) like :text or lower(m.invitedLastName) like :text)))";

    /** The same search on the joined rows, for text too short for a trigram index: the TIN's members are read anyway. */
    private static final String MEMBERS_FIRST = " and (lower(u.email) like :text or (m.status <> 'INVITED' and (lower(u.username) like :text"
            + " or lower(u.firstName) like :text or lower(u.lastName) like :text))"
            + " or (m.status = 'INVITED' and (lower(m.invitedFirstName) like :text or lower(m.invitedLastName) like :text)))";

    /** A page of the TIN's members, ordered by name, with the total that match. */
    public MemberPage page(MemberQuery query) {
        StringBuilder filters = new StringBuilder("m.realmId = :realmId and m.tin = :tin");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("realmId", realmId);
        parameters.put("tin", query.tin());
        // Whether a filter reads the account's own columns: otherwise the count reads the memberships alone.
        boolean onAccounts = false;
        if (query.status() != null) {
            switch (query.status()) {
                case "suspended" -> filters.append(" and m.status = 'SUSPENDED'");
                case "active" -> filters.append(" and m.status = 'ACTIVE' and u.emailVerified = true");
                case "invited" -> filters.append(" and (m.status = 'INVITED' or (m.status = 'ACTIVE' and u.emailVerified = false))");
                default -> throw new IllegalArgumentException("status");
            }
            onAccounts = !"suspended".equals(query.status());
        }
        if (query.text() != null) {
            // An invited existing account is searched by what the admin typed, never by the account's own names.
            String text = query.text().toLowerCase(Locale.ROOT).replace("%", "");
            boolean trigrams = text.length() >= TRIGRAM;
            filters.append(trigrams ? ACCOUNTS_FIRST : MEMBERS_FIRST);
            onAccounts |= !trigrams;
            parameters.put("text", "%" + text + "%");
        }
        String joined = " from MemberEntity m, UserEntity u where u.id = m.userId and u.realmId = m.realmId and " + filters;
        TypedQuery<Long> count = em.createQuery("select count(m)" + (onAccounts ? joined : " from MemberEntity m where " + filters),
                Long.class);
        TypedQuery<Object[]> rows = em.createQuery("select m.userId, u.username, u.email, u.firstName, u.lastName, u.emailVerified, m.status,"
                + " m.invitedFirstName, m.invitedLastName, m.invitedNpn, m.backupAdmin" + joined + " order by case when m.status = 'INVITED' then lower(m.invitedLastName)"
                + " else lower(u.lastName) end, case when m.status = 'INVITED' then lower(m.invitedFirstName) else lower(u.firstName) end, u.id",
                Object[].class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<MemberRow> items = rows.setFirstResult(query.first()).setMaxResults(query.max()).getResultStream()
                .map(row -> MemberRow.of((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                        (Boolean) row[5], MemberStatus.valueOf((String) row[6]), (String) row[7], (String) row[8],
                        (String) row[9], row[10] == null ? null : BackupAdmin.valueOf((String) row[10])))
                .toList();
        return new MemberPage(count.getSingleResult(), items);
    }
}
