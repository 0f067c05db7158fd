package org.tinaccess.review;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.activation.ActivationLink;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStore;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/**
 * A reviewer's decision on one TIN of an admin request, with its consequences: the claim, the
 * account, the provider organisation, the other requesters of the TIN, and the e-mails.
 */
final class ReviewDecision {

    private static final Logger LOG = Logger.getLogger(ReviewDecision.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminRequestStore store;
    private final UserModel reviewer;

    ReviewDecision(KeycloakSession session, RealmModel realm, UserModel reviewer) {
        this.session = session;
        this.realm = realm;
        this.store = new AdminRequestStore(session, realm.getId());
        this.reviewer = reviewer;
    }

    void approve(AccessRequestEntity request, Tin tin) {
        RequestTinEntity line = pendingLine(request, tin);
        notOwn(request);
        if (store.hasAdmin(tin.digits())) {
            throw ApiException.conflict("admin_exists", "This TIN already has an admin.");
        }
        boolean first = store.firstPendingLine(tin.digits()).map(earliest -> earliest.getId().equals(line.getId())).orElse(false);
        if (!first) {
            throw ApiException.conflict("not_first_in_line", "An earlier request for this TIN is still pending; decide it first.");
        }
        long now = Time.currentTimeMillis();
        PortalAccount account;
        try {
            account = PortalAccount.findOrCreate(session, realm, new PortalAccount.Person(request.getEmail(), request.getFirstName(),
                    request.getLastName(), request.getPhone(), request.getOrganization(), request.getJobTitle()));
            store.claim(tin.digits(), account.user().getId(), request.getId(), now);
        } catch (PersistenceException | ModelDuplicateException lostTheRace) {
            // A concurrent approval claimed the TIN (or created the account) between our checks and
            // our INSERT: the database's keys decided, and this call lost.
            throw rollback(ApiException.conflict("admin_exists", "This TIN already has an admin."));
        }
        request.setRequesterUserId(account.user().getId());
        if (!store.decide(line, LineStatus.APPROVED, null, null, reviewer.getId(), now)) {
            throw rollback(alreadyDecided());
        }
        OrganizationModel provider = ProviderOrganization.ensure(session, tin, request.getOrganization(), request.getReference());
        MemberStore members = new MemberStore(session, realm.getId());
        if (account.needsActivation()) {
            // Nobody owns the account yet: the activation link, proving the address, makes it the requester's.
            ProviderOrganization.addMember(session, provider, account.user());
            members.add(tin.digits(), provider.getId(), account.user().getId(), reviewer.getId(), now);
        } else {
            // Someone owns this account: anyone could have typed its address into the public request
            // form, so the TIN is theirs only once they accept it, signed in.
            members.add(MemberEntity.invitation(realm.getId(), tin.digits(), account.user().getId(), provider.getId(), reviewer.getId(), now,
                    request.getFirstName(), request.getLastName()));
        }
        LOG.infof("Admin request %s: TIN %s approved", request.getReference(), tin.masked());

        denyOthersForClaimedTin(tin, line, now);
        mailApproval(request, account);
    }

    void deny(AccessRequestEntity request, Tin tin, DenialReason reason, String note) {
        RequestTinEntity line = pendingLine(request, tin);
        notOwn(request);
        if (!store.decide(line, LineStatus.DENIED, reason.name(), note, reviewer.getId(), Time.currentTimeMillis())) {
            throw alreadyDecided();
        }
        LOG.infof("Admin request %s: TIN %s denied (%s)", request.getReference(), tin.masked(), reason);
        mailDenial(request, List.of(line));
    }

    /**
     * Spam: every pending line of every admin request sent with {@code request}'s e-mail is denied
     * at once (reason OTHER with the note), so junk queued before a real request stops blocking it.
     * Nobody is mailed: the address belongs to whoever sent the junk, or to someone it was aimed at.
     * Returns how many lines were denied.
     */
    int denyAllFrom(AccessRequestEntity request, String note) {
        notOwn(request);
        long now = Time.currentTimeMillis();
        int denied = 0;
        for (RequestTinEntity line : store.pendingLinesFrom(request.getEmail())) {
            if (store.decide(line, LineStatus.DENIED, DenialReason.OTHER.name(), note, reviewer.getId(), now)) {
                denied++;
            }
        }
        LOG.infof("Admin request %s: %d pending TIN line(s) of its sender denied as spam", request.getReference(), denied);
        return denied;
    }

    /** A new activation link for an approved requester who has not activated yet; the old link stops working. */
    void resendActivation(AccessRequestEntity request) {
        UserModel user = request.getRequesterUserId() == null ? null : session.users().getUserById(realm, request.getRequesterUserId());
        if (user == null) {
            throw ApiException.conflict("not_approved", "No TIN of this request has been approved yet.");
        }
        if (user.isEmailVerified()) {
            throw ApiException.conflict("already_activated", "This account is already activated.");
        }
        mailApproval(request, new PortalAccount(user, true));
    }

    /** A reviewer never decides a request made with their own address or account. */
    private void notOwn(AccessRequestEntity request) {
        boolean ownAddress = reviewer.getEmail() != null && reviewer.getEmail().equalsIgnoreCase(request.getEmail());
        if (ownAddress || reviewer.getId().equals(request.getRequesterUserId())) {
            throw ApiException.conflict("own_request", "Another reviewer must decide a request made by you.");
        }
    }

    private RequestTinEntity pendingLine(AccessRequestEntity request, Tin tin) {
        RequestTinEntity line = store.lines(request.getId()).stream()
                .filter(candidate -> candidate.getTin().equals(tin.digits()))
                .findFirst()
                .orElseThrow(ApiException::notFound);
        if (!LineStatus.PENDING.name().equals(line.getStatus())) {
            throw alreadyDecided();
        }
        return line;
    }

    /** Seed 000: once the admin is set up, the other requests for the same TIN are denied. */
    private void denyOthersForClaimedTin(Tin tin, RequestTinEntity approved, long now) {
        Map<String, List<RequestTinEntity>> deniedByRequest = new LinkedHashMap<>();
        for (RequestTinEntity other : store.pendingLines(tin.digits())) {
            if (!other.getId().equals(approved.getId())
                    && store.decide(other, LineStatus.DENIED, DenialReason.ADMIN_EXISTS.name(), null, reviewer.getId(), now)) {
                deniedByRequest.computeIfAbsent(other.getRequestId(), id -> new ArrayList<>()).add(other);
            }
        }
        deniedByRequest.forEach((requestId, lines) -> store.request(requestId).ifPresent(request -> mailDenial(request, lines)));
    }

    private void mailApproval(AccessRequestEntity request, PortalAccount account) {
        List<String> approvedTins = store.lines(request.getId()).stream()
                .filter(line -> LineStatus.APPROVED.name().equals(line.getStatus()))
                .map(line -> Tin.parse(line.getTin()).orElseThrow().formatted())
                .toList();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("firstName", request.getFirstName());
        attributes.put("reference", request.getReference());
        attributes.put("tins", approvedTins);
        PortalMail mail = new PortalMail(session, realm);
        if (account.needsActivation()) {
            attributes.put("link", ActivationLink.issue(session, realm, account.user()));
            attributes.put("expiryDays", TinAccessSettings.from(realm::getAttribute).activationLifespan().toDays());
            mail.sendAfterCommit(request.getEmail(), "adminRequestApprovedSubject", List.of(), "admin-request-approved.ftl", attributes);
        } else {
            mail.sendAfterCommit(request.getEmail(), "adminRequestTinAddedSubject", List.of(), "admin-request-tin-added.ftl", attributes);
        }
    }

    private void mailDenial(AccessRequestEntity request, List<RequestTinEntity> lines) {
        List<Map<String, String>> denials = lines.stream()
                .map(line -> Map.of(
                        "tin", Tin.parse(line.getTin()).orElseThrow().masked(),
                        "reasonKey", DenialReason.fromCode(line.getReasonCode()).orElse(DenialReason.OTHER).messageKey(),
                        "note", line.getNote() == null ? "" : line.getNote()))
                .toList();
        new PortalMail(session, realm).sendAfterCommit(request.getEmail(), "adminRequestDeniedSubject", List.of(request.getReference()),
                "admin-request-denied.ftl", Map.of("firstName", request.getFirstName(), "reference", request.getReference(),
                        "denials", denials));
    }

    private ApiException rollback(ApiException answer) {
        session.getTransactionManager().setRollbackOnly();
        return answer;
    }

    private static ApiException alreadyDecided() {
        return ApiException.conflict("already_decided", "This TIN of the request has already been decided.");
    }
}
