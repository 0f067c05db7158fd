package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

/**
 * Our tables reference Keycloak's realms, users and organisations by id only (no foreign keys into
 * Keycloak's schema, which is Keycloak's to migrate), so removals are followed here, inside the
 * same transaction as Keycloak's own delete.
 */
class RemovalCleanup implements ProviderEventListener {

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof RealmModel.RealmRemovedEvent removed) {
            removeRealm(removed.getKeycloakSession(), removed.getRealm().getId());
        } else if (event instanceof UserModel.UserRemovedEvent removed) {
            removeUser(removed.getKeycloakSession(), removed.getRealm().getId(), removed.getUser().getId());
        } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
            removeOrganization(removed.getKeycloakSession(), removed.getOrganization().getId());
        }
    }

    private static void removeRealm(KeycloakSession session, String realmId) {
        EntityManager em = em(session);
        // Request lines first: they belong to requests of the same realm.
        for (String entity : new String[] {"RequestTinEntity", "AccessRequestEntity", "AdminClaimEntity", "MemberEntitlementEntity", "MemberEntity"}) {
            em.createQuery("delete from " + entity + " e where e.realmId = :realmId")
                    .setParameter("realmId", realmId)
                    .executeUpdate();
        }
    }

    private static void removeUser(KeycloakSession session, String realmId, String userId) {
        EntityManager em = em(session);
        em.createQuery("delete from AdminClaimEntity c where c.realmId = :realmId and c.userId = :userId")
                .setParameter("realmId", realmId)
                .setParameter("userId", userId)
                .executeUpdate();
        for (String entity : new String[] {"MemberEntitlementEntity", "MemberEntity"}) {
            em.createQuery("delete from " + entity + " m where m.realmId = :realmId and m.userId = :userId")
                    .setParameter("realmId", realmId)
                    .setParameter("userId", userId)
                    .executeUpdate();
        }
    }

    private static void removeOrganization(KeycloakSession session, String orgId) {
        for (String entity : new String[] {"MemberEntitlementEntity", "MemberEntity"}) {
            em(session).createQuery("delete from " + entity + " m where m.orgId = :orgId")
                    .setParameter("orgId", orgId)
                    .executeUpdate();
        }
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
