package org.tinaccess.store;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.GroupModel;
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
        } else if (event instanceof GroupModel.GroupRemovedEvent removed) {
            // Keycloak 26.6 has no event for a removed organization (26.7's OrganizationRemovedEvent);
            // in both, removing an organization first removes its own group, in the same transaction
            // and while the organization can still be read.
            OrganizationModel organization = organizationOwning(removed.getGroup());
            if (organization != null) {
                removeOrganization(removed.getKeycloakSession(), removed.getRealm().getId(), organization);
            }
        }
    }

    /** The organization whose own group {@code group} is; null for any other group, its subgroups included. */
    private static OrganizationModel organizationOwning(GroupModel group) {
        if (group.getType() != GroupModel.Type.ORGANIZATION || group.getParentId() != null) {
            return null;
        }
        return group.getOrganization();
    }

    private static void removeRealm(KeycloakSession session, String realmId) {
        EntityManager em = em(session);
        // Request lines first: they belong to requests of the same realm; client assignments before their grants.
        for (String entity : new String[] {"RequestTinEntity", "AccessRequestEntity", "AdminClaimEntity", "MemberEntitlementEntity", "MemberNpiEntity", "MemberEntity",
                "ClientAssignmentEntity", "ClientGrantEntity", "AgentNpnEntity", "ProviderIdentifierEntity", "SignInEntity", "HelpDeskCaseEntity"}) {
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
        // The agent's NPN goes with the account, so it can be given to the person's next account.
        for (String entity : new String[] {"MemberEntitlementEntity", "MemberNpiEntity", "MemberEntity", "ClientAssignmentEntity", "AgentNpnEntity", "SignInEntity", "HelpDeskCaseEntity"}) {
            em.createQuery("delete from " + entity + " m where m.realmId = :realmId and m.userId = :userId")
                    .setParameter("realmId", realmId)
                    .setParameter("userId", userId)
                    .executeUpdate();
        }
    }

    /**
     * The provider is gone, so is everything about it: its admin claim (keyed by the TIN, the
     * organization's alias; left behind, no one could ever be approved for the TIN again), its
     * memberships and entitlements, the join requests addressed to it, its NPIs, and the client grants it
     * asked for as a billing service or received as a client (with their assignments).
     */
    private static void removeOrganization(KeycloakSession session, String realmId, OrganizationModel organization) {
        EntityManager em = em(session);
        em.createQuery("delete from AdminClaimEntity c where c.realmId = :realmId and c.tin = :tin")
                .setParameter("realmId", realmId)
                .setParameter("tin", organization.getAlias())
                .executeUpdate();
        em.createQuery("delete from RequestTinEntity l where l.realmId = :realmId and l.requestId in"
                        + " (select r.id from AccessRequestEntity r where r.realmId = :realmId and r.orgId = :orgId)")
                .setParameter("realmId", realmId)
                .setParameter("orgId", organization.getId())
                .executeUpdate();
        // Its NPIs and agency NPN go with it, free for the provider's next Organization.
        for (String entity : new String[] {"AccessRequestEntity", "MemberEntitlementEntity", "MemberNpiEntity", "MemberEntity",
                "ProviderIdentifierEntity"}) {
            em.createQuery("delete from " + entity + " e where e.realmId = :realmId and e.orgId = :orgId")
                    .setParameter("realmId", realmId)
                    .setParameter("orgId", organization.getId())
                    .executeUpdate();
        }
        em.createQuery("delete from ClientAssignmentEntity a where a.realmId = :realmId and a.grantId in (select g.id from ClientGrantEntity g"
                        + " where g.realmId = :realmId and (g.serviceOrgId = :orgId or g.clientOrgId = :orgId))")
                .setParameter("realmId", realmId)
                .setParameter("orgId", organization.getId())
                .executeUpdate();
        em.createQuery("delete from ClientGrantEntity g where g.realmId = :realmId and (g.serviceOrgId = :orgId or g.clientOrgId = :orgId)")
                .setParameter("realmId", realmId)
                .setParameter("orgId", organization.getId())
                .executeUpdate();
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
