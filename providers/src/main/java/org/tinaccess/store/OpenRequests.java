package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** How many requests of one kind still wait for a decision, per e-mail and per TIN: the caps on the public forms. */
public final class OpenRequests {

    private final EntityManager em;
    private final String realmId;

    public OpenRequests(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    public long byEmail(RequestKind kind, String email) {
        return em.createQuery("select count(r) from AccessRequestEntity r where r.realmId = :realmId and r.kind = :kind"
                        + " and r.status = :pending and lower(r.email) = :email", Long.class)
                .setParameter("realmId", realmId)
                .setParameter("kind", kind.name())
                .setParameter("pending", RequestStatus.PENDING.name())
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getSingleResult();
    }

    public long forTin(RequestKind kind, String tin) {
        return em.createQuery("select count(l) from RequestTinEntity l, AccessRequestEntity r where l.requestId = r.id"
                        + " and l.realmId = :realmId and r.kind = :kind and l.tin = :tin and l.status = :pending", Long.class)
                .setParameter("realmId", realmId)
                .setParameter("kind", kind.name())
                .setParameter("tin", tin)
                .setParameter("pending", LineStatus.PENDING.name())
                .getSingleResult();
    }
}
