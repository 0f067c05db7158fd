package org.tinaccess.members;

import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.AgencyMark;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.rest.ApiException;
import org.tinaccess.store.AgentNpnEntity;
import org.tinaccess.store.AgentNpnStore;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.ProviderIdentifierEntity;
import org.tinaccess.store.ProviderIdentifierStore;
import org.tinaccess.tin.Npn;

/**
 * Agents' own National Producer Numbers ("each agent has unique sign-in
 * credentials"; the plan "uses your NPN to track all agent activity"). An agency's admin adds an
 * agent with the agent's NPN; {@code TA_AGENT_NPN} makes that NPN belong to one account of the realm,
 * and the account to one NPN, settled by the database. The NPN becomes the account's {@code npn}
 * attribute (the {@code npn} claim) when the account becomes the agent's: at the invitation for an
 * account the invitation creates and whose NPN nobody holds (its activation link makes it theirs, as
 * for any new user); otherwise when the person accepts the invitation, signed in. The admin's add
 * answers the same either way: which account holds which NPN is the accounts' business, and the
 * refusal ({@code npn_in_use}) goes to the person accepting.
 *
 * <p>Removing an agent from the agency keeps the NPN with the account once the agent took it: the
 * NPN names the person, not the agency, so their activity stays under one account when they leave
 * or move to another agency, and nobody else can take their number over. An NPN nobody took (an
 * invitation declined or withdrawn, an account never activated) is freed once no agency membership
 * of the account relies on it, so a mistyped number does not lock a stranger's NPN. Deleting the
 * account frees it too ({@code RemovalCleanup}).
 */
public final class AgentNpns {

    /** The user-profile attribute (declared in the realm's user profile) and the claim it maps to. */
    public static final String ATTRIBUTE = "npn";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AgentNpnStore store;

    public AgentNpns(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new AgentNpnStore(session, realm.getId());
    }

    /** The NPN an add to {@code provider} carries: an agency's agents give their own; nobody else gives one. */
    static Optional<Npn> required(OrganizationModel provider, String npn) {
        boolean agency = AgencyMark.isAgency(provider);
        if (agency && npn == null) {
            throw ApiException.badRequest("npn_required", "npn is required: each agent of an agency is added with their own National Producer Number.");
        }
        if (!agency && npn != null) {
            throw ApiException.badRequest("npn_not_agency", "npn is only for the agents of an insurance agency.");
        }
        return Optional.ofNullable(npn).map(Npn::new);
    }

    /**
     * Gives {@code npn} to {@code user} when no account or agency holds it and the account holds no other, or finds
     * it theirs already; false (nothing written) otherwise. A concurrent claim of the same NPN ends the
     * transaction: 409, as any change made meanwhile.
     */
    boolean tryReserve(UserModel user, Npn npn) {
        Optional<AgentNpnEntity> holder = store.find(npn.digits());
        if (holder.isPresent() && holder.get().getUserId().equals(user.getId())) {
            return true;
        }
        // NPNs name producers, people and agencies alike, from one register: an agency's number is nobody's own.
        if (holder.isPresent() || store.ofUser(user.getId()).isPresent()
                || new ProviderIdentifierStore(session, realm.getId()).holder(ProviderIdentifierEntity.AGENCY_NPN, npn.digits()).isPresent()) {
            return false;
        }
        try {
            store.claim(npn.digits(), user.getId(), Time.currentTimeMillis());
            return true;
        } catch (PersistenceException | ModelException concurrentClaim) {
            // Keycloak's entity manager turns the key violation into a ModelDuplicateException (a ModelException).
            session.getTransactionManager().setRollbackOnly();
            throw ApiException.conflict("changed_meanwhile", "Someone else was given this NPN at the same moment; try again.");
        }
    }

    /**
     * The person accepting an agency's invitation takes the NPN it carries. Another account holding it,
     * or theirs holding another NPN: 409 to them, naming no account; the invitation stays to decline.
     */
    void takeOnAcceptance(UserModel user, Npn npn) {
        if (!tryReserve(user, npn)) {
            session.getTransactionManager().setRollbackOnly();
            throw ApiException.conflict("npn_in_use", "The NPN this invitation gives you belongs to another account, or your account"
                    + " has another NPN. Each agent has one account and their own National Producer Number: sign in with the account"
                    + " that holds your NPN, or ask the agency to invite you again with the right one. You can decline this invitation.");
        }
        confirm(user);
    }

    /** The account became the agent's (activation chain started, or invitation accepted): its {@code npn} attribute says so. */
    void confirm(UserModel user) {
        store.ofUser(user.getId()).ifPresent(held -> user.setSingleAttribute(ATTRIBUTE, held.getNpn()));
    }

    /** After a membership ended: frees an NPN the account never took, unless another agency membership relies on it. */
    void releaseIfUntaken(UserModel user) {
        Optional<AgentNpnEntity> held = store.ofUser(user.getId());
        if (held.isEmpty()) {
            return;
        }
        boolean unclaimed = PortalAccount.isUnclaimed(user);
        if (!unclaimed && held.get().getNpn().equals(user.getFirstAttribute(ATTRIBUTE))) {
            return;
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        boolean stillAnAgent = new MemberStore(session, realm.getId()).membershipsOf(user.getId()).stream()
                .anyMatch(member -> AgencyMark.isAgency(organizations.getById(member.getOrgId())));
        if (!stillAnAgent) {
            store.release(held.get());
            if (unclaimed) {
                user.removeAttribute(ATTRIBUTE);
            }
        }
    }
}
