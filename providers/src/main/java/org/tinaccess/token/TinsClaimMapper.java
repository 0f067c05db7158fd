package org.tinaccess.token;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.AgencyMark;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.ClientGrantStore;
import org.tinaccess.store.MemberStore;

/**
 * Puts the {@code tins} claim into the access token, userinfo and introspection, and into the ID
 * token only when the mapper says so. Read from the database at every token issue (and refresh), so
 * a change of role or entitlements shows on the next refresh. Out of the ID token by default: the
 * claim grows with the TINs (about 70 bytes each), and a token response carrying it twice made a
 * refresh for a person with 200 TINs measurably slower than one for a person with none.
 */
public class TinsClaimMapper extends AbstractOIDCProtocolMapper implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String PROVIDER_ID = "tin-access-tins";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, TinsClaimMapper.class);
        CONFIG.stream()
                .filter(property -> OIDCAttributeMapperHelper.INCLUDE_IN_ID_TOKEN.equals(property.getName()))
                .forEach(property -> property.setDefaultValue("false"));
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession, KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        token.getOtherClaims().put(TinsClaim.NAME, claimFor(session, userSession.getRealm(), userSession.getUser()));
    }

    /**
     * Active memberships only: a suspended member's token carries nothing for that TIN. Read once
     * per request (five queries whatever the number of TINs, one for a person with none) and kept in
     * the KeycloakSession, which ends with the request, for the ID token, access token and userinfo
     * mappings of the same response (and for GET tins, which shows the claim's {@code via} clients).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> claimFor(KeycloakSession session, RealmModel realm, UserModel user) {
        String key = TinsClaim.NAME + ":" + user.getId();
        Object computed = session.getAttribute(key);
        if (computed instanceof Map<?, ?> claim) {
            return (Map<String, Object>) claim;
        }
        MemberStore members = new MemberStore(session, realm.getId());
        List<MemberStore.ActiveMembership> active = members.activeMembershipsOf(user.getId());
        Map<String, Object> claim = active.isEmpty() ? Map.of() : build(session, realm, user, members, active);
        session.setAttribute(key, claim);
        return claim;
    }

    private static Map<String, Object> build(KeycloakSession session, RealmModel realm, UserModel user, MemberStore members,
            List<MemberStore.ActiveMembership> active) {
        Set<String> administered = new AdminRequestStore(session, realm.getId()).claimsOf(user.getId()).stream()
                .map(AdminClaimEntity::getTin)
                .collect(Collectors.toSet());
        Map<String, List<String>> byOrg = members.entitlementsOfUser(user.getId());
        Map<String, List<String>> npisByOrg = members.npisOfUser(user.getId());
        Map<String, List<String>> entitlements = new HashMap<>();
        Map<String, List<String>> npis = new HashMap<>();
        active.forEach(member -> {
            entitlements.put(member.tin(), byOrg.getOrDefault(member.orgId(), List.of()));
            npis.put(member.tin(), npisByOrg.getOrDefault(member.orgId(), List.of()));
        });
        List<TinsClaim.ViaService> clients = new ClientGrantStore(session, realm.getId())
                .clientAccess(user.getId()).stream()
                .map(access -> new TinsClaim.ViaService(access.clientTin(), access.serviceTin(), access.granted(), access.assigned()))
                .toList();
        Set<String> backups = active.stream().filter(MemberStore.ActiveMembership::backupAdmin).map(MemberStore.ActiveMembership::tin)
                .collect(Collectors.toSet());
        return TinsClaim.build(active.stream().map(MemberStore.ActiveMembership::tin).toList(), administered, backups,
                entitlements, npis, clients, agencyNpns(session, active));
    }

    /** Drops the claim kept in this session, for a caller that changed a membership and reads the claim again. */
    public static void forget(KeycloakSession session, UserModel user) {
        session.removeAttribute(TinsClaim.NAME + ":" + user.getId());
    }

    /** The agencies among the user's active memberships: TIN to the agency's NPN (organizations come from Keycloak's cache). */
    private static Map<String, String> agencyNpns(KeycloakSession session, List<MemberStore.ActiveMembership> active) {
        Map<String, String> agencies = new HashMap<>();
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        active.forEach(member -> AgencyMark.npn(organizations.getById(member.orgId()))
                .ifPresent(npn -> agencies.put(member.tin(), npn.digits())));
        return agencies;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getDisplayType() {
        return "TIN Access: tins claim";
    }

    @Override
    public String getHelpText() {
        return "The user's TINs with role (admin, backup-admin or user) and entitlements, as the 'tins' claim."
                + " Portals read it from the access token or userinfo; adding it to the ID token doubles its bytes in every token response.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }
}
