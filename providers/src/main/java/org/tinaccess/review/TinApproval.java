package org.tinaccess.review;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.members.AdminAbsence;
import org.tinaccess.members.AdminChangeMails;
import org.tinaccess.provider.AgencyMark;
import org.tinaccess.provider.BillingServiceMark;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.revocation.PortalSignOut;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.AgentNpnStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.ProofState;
import org.tinaccess.store.ProviderIdentifierEntity;
import org.tinaccess.store.ProviderIdentifierStore;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Npn;
import org.tinaccess.tin.Tin;

/**
 * Approving one TIN of an admin request, whoever decides it (a reviewer, or the plan's own records
 * through a matched payment or a mailed PIN): the single-admin rule, the claim, the account, the
 * provider organisation and its NPIs, the TIN's other requesters, and the e-mails. The database's
 * key on the claim settles a race; the loser's transaction is rolled back.
 */
public final class TinApproval {

    private static final Logger LOG = Logger.getLogger(TinApproval.class);

    /** The proofs that let a TIN move to a new admin: the plan's own records said yes. */
    private static final Set<String> PROVED = Set.of(ProofState.VERIFIED.name(), ProofState.PIN_VERIFIED.name());

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminRequestStore store;
    private final RequestMails mails;

    public TinApproval(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new AdminRequestStore(session, realm.getId());
        this.mails = new RequestMails(session, realm);
    }

    /**
     * One admin per TIN, and the first request for it wins. Answers 409 {@code admin_exists}
     * or {@code not_first_in_line} when the rule says no, {@code already_decided} when someone decided first.
     *
     * @param deciderId the reviewer's user id, or {@code null} when the plan's records decided
     */
    public void approve(AccessRequestEntity request, RequestTinEntity line, Tin tin, String deciderId) {
        approve(request, line, tin, deciderId, false);
    }

    /**
     * Approves a line the plan's records proved, with no person deciding: of the NPIs the requester
     * typed, only those the records show for the TIN ({@code npisOnRecord}) are given to the provider.
     */
    public void approveOnRecords(AccessRequestEntity request, RequestTinEntity line, Tin tin, Set<String> npisOnRecord) {
        approve(request, line, tin, null, false, npisOnRecord::contains);
    }

    /**
     * As {@link #approve(AccessRequestEntity, RequestTinEntity, Tin, String)}; with {@code replaceAdmin}
     * (a reviewer's choice, "the person who registered has left") a TIN that has an admin
     * moves to the requester, when the requester said the admin has left and proved the TIN with a
     * payment from the plan or the mailed PIN: a reason alone, from anyone on the internet, must not
     * take a provider away from its admin. The old admin keeps the account and is told; their
     * membership of the TIN is suspended (the TIN admin's powers over it end).
     *
     * @return the other requests' lines for the TIN, denied because it now has an admin
     */
    public List<RequestTinEntity> approve(AccessRequestEntity request, RequestTinEntity line, Tin tin, String deciderId, boolean replaceAdmin) {
        // A reviewer looked at the request: the NPIs typed with it are theirs to confirm.
        return approve(request, line, tin, deciderId, replaceAdmin, npi -> deciderId != null);
    }

    private List<RequestTinEntity> approve(AccessRequestEntity request, RequestTinEntity line, Tin tin, String deciderId, boolean replaceAdmin,
            Predicate<String> npiConfirmed) {
        // The id, not the entity: moving the claim refreshes the managed entity to its new holder.
        Optional<String> current = store.claimOf(tin.digits()).map(AdminClaimEntity::getUserId);
        if (current.isPresent()) {
            if (!replaceAdmin) {
                throw ApiException.conflict("admin_exists", "This TIN already has an admin.");
            }
            if (line.getAdminLeftReason() == null) {
                throw ApiException.conflict("admin_not_left", "The requester did not say this TIN's admin has left.");
            }
            boolean proved = line.getVerificationState() != null && PROVED.contains(line.getVerificationState());
            if (!proved && !backupAdminOfAGoneAdmin(request, tin)) {
                throw ApiException.conflict("proof_required",
                        "Moving a TIN to a new admin needs the TIN proved on this request: a payment from the plan or the mailed PIN,"
                                + " or a requester who is the TIN's backup admin while its admin is gone.");
            }
        }
        boolean first = store.firstPendingLine(tin.digits()).map(earliest -> earliest.getId().equals(line.getId())).orElse(false);
        if (!first) {
            throw ApiException.conflict("not_first_in_line", "An earlier request for this TIN is still pending; decide it first.");
        }
        ProviderIdentifierStore identifiers = new ProviderIdentifierStore(session, realm.getId());
        // Refused before anything is written, so an approval on the records just leaves the line to a reviewer.
        OrganizationModel existing = ProviderOrganization.of(session, tin);
        // NPNs name producers, people and agencies alike: an agent's own number is no agency's.
        if (request.getAgencyNpn() != null && (identifiers.holder(ProviderIdentifierEntity.AGENCY_NPN, request.getAgencyNpn())
                .filter(holder -> existing == null || !holder.equals(existing.getId())).isPresent()
                || new AgentNpnStore(session, realm.getId()).find(request.getAgencyNpn()).isPresent())) {
            throw ApiException.conflict("agency_npn_in_use", "Another insurance agency or an agent holds this NPN in the portal.");
        }
        long now = Time.currentTimeMillis();
        PortalAccount account;
        try {
            account = PortalAccount.findOrCreate(session, realm, new PortalAccount.Person(request.getEmail(), request.getFirstName(),
                    request.getLastName(), request.getPhone(), request.getOrganization(), request.getJobTitle()));
            if (current.isEmpty()) {
                store.claim(tin.digits(), account.user().getId(), request.getId(), now);
            } else if (current.get().equals(account.user().getId())
                    || !store.transferClaim(tin.digits(), current.get(), account.user().getId())) {
                throw rollback(ApiException.conflict("admin_changed", "The admin of this TIN changed meanwhile; reload and try again."));
            } else {
                // The admin who left may still hold portal sessions as the TIN's admin.
                new PortalSignOut(session, realm).afterCommit(List.of(current.get()));
            }
        } catch (PersistenceException | ModelDuplicateException lostTheRace) {
            // A concurrent approval claimed the TIN (or created the account) between our checks and
            // our INSERT: the database's keys decided, and this call lost.
            throw rollback(ApiException.conflict("admin_exists", "This TIN already has an admin."));
        }
        request.setRequesterUserId(account.user().getId());
        if (!store.decide(line, LineStatus.APPROVED, null, null, deciderId, now)) {
            throw rollback(ApiException.conflict("already_decided", "This TIN of the request has already been decided."));
        }
        OrganizationModel provider = ProviderOrganization.ensure(session, tin, request.getOrganization(), request.getReference());
        try {
            ProviderOrganization.addNpis(provider, ownNpis(identifiers, provider, line, npiConfirmed, now));
            if (request.getAgencyNpn() != null
                    && !identifiers.claim(ProviderIdentifierEntity.AGENCY_NPN, request.getAgencyNpn(), provider.getId(), now)) {
                throw new ProviderIdentifierStore.IdentifierTakenMeanwhile(null);
            }
        } catch (ProviderIdentifierStore.IdentifierTakenMeanwhile concurrentClaim) {
            throw rollback(ApiException.conflict("admin_changed", "Another provider was approved meanwhile; reload and try again."));
        }
        if (request.isBillingService()) {
            BillingServiceMark.mark(provider);
        }
        if (request.getAgencyNpn() != null) {
            AgencyMark.mark(provider, new Npn(request.getAgencyNpn()));
        }
        MemberStore members = new MemberStore(session, realm.getId());
        boolean askedBySignedInAccount = account.user().getId().equals(request.getSubmittedBy());
        if (account.needsActivation() || askedBySignedInAccount) {
            // Nobody owns the account yet (the activation link, proving the address, makes it the
            // requester's), or its owner asked for this TIN signed in: no acceptance to wait for.
            ProviderOrganization.addMember(session, provider, account.user());
            members.add(tin.digits(), provider.getId(), account.user().getId(), deciderId, now);
        } else {
            // Someone owns this account: anyone could have typed its address into the public request
            // form, so the TIN is theirs only once they accept it, signed in.
            members.add(MemberEntity.invitation(realm.getId(), tin.digits(), account.user().getId(), provider.getId(), deciderId, now,
                    request.getFirstName(), request.getLastName()));
        }
        // A backup admin who asked for the TIN and got it is its admin now, no longer a backup admin.
        members.find(tin.digits(), account.user().getId()).ifPresent(member -> member.setBackupAdmin(null));
        LOG.infof("Admin request %s: TIN %s approved%s", request.getReference(), tin.masked(), deciderId == null ? " on the plan's records" : "");

        current.ifPresent(replaced -> suspendReplacedAdmin(members, tin, replaced, request));
        if (current.isPresent()) {
            new AdminChangeMails(session, realm, tin).backupAdminsTold(account.user());
        }
        List<RequestTinEntity> denied = denyOthersForClaimedTin(tin, line, deciderId, now);
        mails.approval(request, account, askedBySignedInAccount);
        return denied;
    }

    /**
     * The requester, signed in when they asked, is a backup admin of the TIN (named by its admin, agreed,
     * active) and the admin is gone now: the reviewer's check is the proof the issue of a payment
     * would otherwise give.
     */
    private boolean backupAdminOfAGoneAdmin(AccessRequestEntity request, Tin tin) {
        String requester = request.getSubmittedBy();
        return requester != null
                && new MemberStore(session, realm.getId()).find(tin.digits(), requester).map(MemberEntity::isActiveBackupAdmin).orElse(false)
                && AdminAbsence.of(session, realm, tin).isPresent();
    }

    /** The admin who left: their membership of the TIN is suspended, their account untouched, and they are told. */
    private void suspendReplacedAdmin(MemberStore members, Tin tin, String oldAdminId, AccessRequestEntity request) {
        members.find(tin.digits(), oldAdminId).ifPresent(member -> member.setStatus(MemberStatus.SUSPENDED));
        UserModel oldAdmin = session.users().getUserById(realm, oldAdminId);
        if (oldAdmin != null && oldAdmin.getEmail() != null) {
            new AdminChangeMails(session, realm, tin).replaced(oldAdmin, (request.getFirstName() + " " + request.getLastName()).strip());
        }
        LOG.infof("Admin request %s: TIN %s moved to the requester, its admin has left", request.getReference(), tin.masked());
    }

    /** Once the admin is set up, the other requests for the same TIN are denied. */
    private List<RequestTinEntity> denyOthersForClaimedTin(Tin tin, RequestTinEntity approved, String deciderId, long now) {
        Map<String, List<RequestTinEntity>> deniedByRequest = new LinkedHashMap<>();
        for (RequestTinEntity other : store.pendingLines(tin.digits())) {
            if (!other.getId().equals(approved.getId())
                    && store.decide(other, LineStatus.DENIED, DenialReason.ADMIN_EXISTS.name(), null, deciderId, now)) {
                deniedByRequest.computeIfAbsent(other.getRequestId(), id -> new ArrayList<>()).add(other);
            }
        }
        deniedByRequest.forEach((requestId, lines) -> store.request(requestId).ifPresent(request -> mails.denial(request, lines)));
        return deniedByRequest.values().stream().flatMap(List::stream).toList();
    }

    private ApiException rollback(ApiException answer) {
        session.getTransactionManager().setRollbackOnly();
        return answer;
    }

    /**
     * The typed NPIs the provider is given: those confirmed (by a reviewer, or found on the plan's
     * records) that no other provider holds. An NPI another provider holds stays theirs, whoever typed it.
     */
    private static List<Npi> ownNpis(ProviderIdentifierStore identifiers, OrganizationModel provider, RequestTinEntity line,
            Predicate<String> confirmed, long now) {
        List<Npi> own = new ArrayList<>();
        for (Npi npi : Npi.listOf(line.getNpis())) {
            if (!confirmed.test(npi.digits())) {
                LOG.infof("NPI ending %s of TIN line %s not on the plan's records: left for a reviewer", npi.digits().substring(6), line.getId());
            } else if (identifiers.claim(ProviderIdentifierEntity.NPI, npi.digits(), provider.getId(), now)) {
                own.add(npi);
            } else {
                LOG.infof("NPI ending %s of TIN line %s belongs to another provider: not given", npi.digits().substring(6), line.getId());
            }
        }
        return own;
    }
}
