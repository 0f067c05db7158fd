package org.tinaccess.revocation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.protocol.oidc.OIDCAdvancedConfigWrapper;
import org.keycloak.services.managers.AuthenticationManager;
import org.tinaccess.token.TinsClaimMapper;

/**
 * Ends a person's sessions at the relying portals once their access narrowed, through OpenID Connect
 * Back-Channel Logout, which Keycloak already speaks: each portal client that reads the {@code tins}
 * claim and has a back-channel logout URL receives Keycloak's signed logout token for each of the
 * person's sessions with it, and that client session is detached, so its refresh token stops working.
 * The person's sign-in at the realm stays: the portal's next sign-in needs no password and reads the
 * narrowed claim. A portal without the URL keeps its session and reads the claim at its next refresh.
 *
 * <p>Sent once the change has committed (a portal that signs the person in again at once must read
 * the new claim), from the node that made the change, once. Keycloak's {@code AuthenticationManager}
 * is a private SPI; its {@code backchannelLogoutUserFromClient} is what the admin console's "revoke
 * consent" runs, and the only way to send Keycloak's own logout token for one client.
 */
public final class PortalSignOut {

    private static final Logger LOG = Logger.getLogger(PortalSignOut.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public PortalSignOut(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** After the current transaction commits, ends these people's sessions at the portals that read the claim. */
    public void afterCommit(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        Set<String> people = Set.copyOf(userIds);
        String realmId = realm.getId();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        // The logout token's issuer is the realm's URL as this request reached it: the job runs with the request's context.
        KeycloakContext context = session.getContext();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                try {
                    KeycloakModelUtils.runJobInTransaction(factory, context, job -> endSessions(job, job.realms().getRealm(realmId), people));
                } catch (RuntimeException e) {
                    // The change stands; the portals read it at their next refresh, as those without the URL do.
                    LOG.warn("Portal sessions could not be ended after an access change", e);
                }
            }

            @Override
            protected void rollbackImpl() {
                // nothing changed, so nobody's access narrowed
            }
        });
    }

    private static void endSessions(KeycloakSession job, RealmModel realm, Set<String> people) {
        if (realm == null) {
            return;
        }
        for (String userId : people) {
            UserModel user = job.users().getUserById(realm, userId);
            if (user == null) {
                continue;
            }
            Map<String, ClientModel> portals = new LinkedHashMap<>();
            job.sessions().getUserSessionsStream(realm, user)
                    .flatMap(userSession -> userSession.getAuthenticatedClientSessions().values().stream())
                    .map(AuthenticatedClientSessionModel::getClient)
                    .filter(PortalSignOut::listensForLogoutAndReadsTheClaim)
                    .forEach(client -> portals.putIfAbsent(client.getId(), client));
            portals.values().forEach(client -> AuthenticationManager.backchannelLogoutUserFromClient(job, realm, user, client,
                    job.getContext().getUri(), job.getContext().getRequestHeaders()));
            LOG.debugf("Access of user %s narrowed: their sessions at %d portal client(s) ended", userId, portals.size());
        }
    }

    /**
     * A client in back-channel logout mode (Keycloak sends a client with front-channel logout on no
     * logout token) with a URL, whose tokens carry the claim, from its own mappers or its client scopes'.
     */
    static boolean listensForLogoutAndReadsTheClaim(ClientModel client) {
        String url = OIDCAdvancedConfigWrapper.fromClientModel(client).getBackchannelLogoutUrl();
        if (client.isFrontchannelLogout() || url == null || url.isBlank()) {
            return false;
        }
        Stream<ClientScopeModel> scopes = Stream.concat(client.getClientScopes(true).values().stream(),
                client.getClientScopes(false).values().stream());
        return Stream.concat(client.getProtocolMappersStream(), scopes.flatMap(ClientScopeModel::getProtocolMappersStream))
                .anyMatch(mapper -> TinsClaimMapper.PROVIDER_ID.equals(mapper.getProtocolMapper()));
    }
}
