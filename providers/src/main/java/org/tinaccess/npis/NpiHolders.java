package org.tinaccess.npis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.revocation.PortalSignOut;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.ProviderIdentifierEntity;
import org.tinaccess.store.ProviderIdentifierStore;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

/**
 * Which provider a Type 2 NPI belongs to, and a reviewer's decision to give it to another one. An
 * NPI a requester types is a claim: the first provider approved with it holds it
 * ({@code TA_PROVIDER_IDENTIFIER}), and only a reviewer moves it, when the rightful provider shows
 * up. Moving narrows the provider that loses it: the NPI leaves its list (tokens, the join page's
 * search) and its members' NPI limits; a member limited to that NPI alone is suspended on that TIN,
 * since an empty limit would read "the whole TIN" (an invitation so limited is withdrawn).
 */
public final class NpiHolders {

    private static final Logger LOG = Logger.getLogger(NpiHolders.class);

    /** Who holds an NPI, as a reviewer sees it. */
    public record Holder(String npi, String tin, String provider) {}

    /** What a move did: the provider that held it before (null: nobody) and the memberships suspended or withdrawn there. */
    public record Moved(Holder holder, String previousTin, int suspended) {}

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ProviderIdentifierStore identifiers;

    public NpiHolders(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.identifiers = new ProviderIdentifierStore(session, realm.getId());
    }

    public Optional<Holder> holder(Npi npi) {
        return identifiers.holder(ProviderIdentifierEntity.NPI, npi.digits())
                .map(orgId -> organizations().getById(orgId))
                .map(provider -> new Holder(npi.digits(), provider.getAlias(), provider.getName()));
    }

    /** Gives {@code npi} to the provider of {@code tin}; never by a reviewer who belongs to either provider. */
    public Moved move(Npi npi, Tin tin, UserModel reviewer) {
        OrganizationModel destination = ProviderOrganization.of(session, tin);
        if (destination == null) {
            throw ApiException.conflict("no_provider", "This TIN has no provider organization.");
        }
        MemberStore members = new MemberStore(session, realm.getId());
        Optional<OrganizationModel> current = identifiers.holder(ProviderIdentifierEntity.NPI, npi.digits()).map(organizations()::getById);
        for (OrganizationModel involved : current.map(held -> List.of(held, destination)).orElse(List.of(destination))) {
            if (members.find(involved.getAlias(), reviewer.getId()).isPresent()) {
                throw ApiException.conflict("own_case", "You belong to a provider this NPI would move from or to; another reviewer decides.");
            }
        }
        identifiers.moveTo(ProviderIdentifierEntity.NPI, npi.digits(), destination.getId(), Time.currentTimeMillis());
        ProviderOrganization.addNpis(destination, List.of(npi));
        int suspended = 0;
        // Every other provider that lists it (one held it; lists from before the holders' table may repeat it) loses it.
        for (OrganizationModel other : organizations().getAllStream(Map.of(ProviderOrganization.NPI_ATTRIBUTE, npi.digits()), 0, 100).toList()) {
            if (!other.getId().equals(destination.getId())) {
                ProviderOrganization.removeNpi(other, npi.digits());
                suspended += suspendThoseLimitedToIt(members, other, npi, new PortalSignOut(session, realm));
            }
        }
        LOG.infof("NPI ending %s moved to the provider of TIN %s by a reviewer", npi.digits().substring(6), tin.masked());
        return new Moved(new Holder(npi.digits(), destination.getAlias(), destination.getName()),
                current.filter(held -> !held.getId().equals(destination.getId())).map(OrganizationModel::getAlias).orElse(null), suspended);
    }

    private static int suspendThoseLimitedToIt(MemberStore members, OrganizationModel provider, Npi npi, PortalSignOut portals) {
        // Every active member limited to it loses it (an NPI of their limit, or with none left, the TIN).
        portals.afterCommit(members.limitedTo(provider.getId(), npi.digits()).stream()
                .filter(userId -> members.find(provider.getAlias(), userId).filter(member -> member.getStatus() == MemberStatus.ACTIVE).isPresent())
                .toList());
        int suspended = 0;
        for (String userId : members.dropNpiFromLimits(provider.getId(), npi.digits())) {
            Optional<MemberEntity> member = members.find(provider.getAlias(), userId);
            if (member.isPresent() && member.get().getStatus() == MemberStatus.ACTIVE) {
                member.get().setStatus(MemberStatus.SUSPENDED);
                suspended++;
            } else if (member.isPresent() && member.get().getStatus() == MemberStatus.INVITED) {
                // Accepted, it would give the whole TIN: the invitation is withdrawn, the admin invites again.
                members.remove(member.get());
                suspended++;
            }
        }
        return suspended;
    }

    private OrganizationProvider organizations() {
        return session.getProvider(OrganizationProvider.class);
    }
}
