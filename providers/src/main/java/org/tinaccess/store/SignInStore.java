package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** When accounts of one realm last signed in. */
public final class SignInStore {

    private final EntityManager em;
    private final String realmId;

    public SignInStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /**
     * Notes a sign-in at {@code now} (epoch milliseconds). Two sign-ins of one account at once may
     * both insert: the primary key refuses the second, which the caller may ignore (the first holds
     * as good a time).
     */
    public void record(String userId, long now) {
        SignInEntity row = em.find(SignInEntity.class, new SignInId(realmId, userId));
        if (row == null) {
            em.persist(new SignInEntity(realmId, userId, now));
        } else if (row.getLastAt() < now) {
            row.setLastAt(now);
        }
    }

    public Optional<Long> lastOf(String userId) {
        return Optional.ofNullable(em.find(SignInEntity.class, new SignInId(realmId, userId))).map(SignInEntity::getLastAt);
    }

    /**
     * Accounts with an active membership and no sign-in on record (active before sign-ins were
     * recorded): their idle time counts from {@code now}, the first time it is looked at. At most
     * {@code max} a call, so the first run after an upgrade stays a small transaction.
     */
    public int recordUnseenMembers(long now, int max) {
        List<String> unseen = em.createQuery("select distinct m.userId from MemberEntity m where m.realmId = :realmId and m.status = :active"
                        + " and not exists (select s.userId from SignInEntity s where s.realmId = :realmId and s.userId = m.userId)",
                        String.class)
                .setParameter("realmId", realmId)
                .setParameter("active", MemberStatus.ACTIVE.name())
                .setMaxResults(max)
                .getResultList();
        unseen.forEach(userId -> em.persist(new SignInEntity(realmId, userId, now)));
        return unseen.size();
    }

    /** Accounts last seen before {@code before} and not warned since they last signed in. */
    public List<SignInEntity> unwarnedIdleSince(long before, int max) {
        return em.createQuery("select s from SignInEntity s where s.realmId = :realmId and s.lastAt < :before"
                        + " and (s.warnedAt is null or s.warnedAt < s.lastAt) order by s.lastAt", SignInEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /** Accounts last seen before {@code before} whose memberships were not suspended since they last signed in. */
    public List<SignInEntity> unsuspendedIdleSince(long before, int max) {
        return em.createQuery("select s from SignInEntity s where s.realmId = :realmId and s.lastAt < :before"
                        + " and (s.idleSuspendedAt is null or s.idleSuspendedAt < s.lastAt) order by s.lastAt", SignInEntity.class)
                .setParameter("realmId", realmId)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }
}
