package org.tinaccess.review;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.provider.PortalAccount;
import org.tinaccess.rest.ApiException;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
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
    private final RequestMails mails;

    ReviewDecision(KeycloakSession session, RealmModel realm, UserModel reviewer) {
        this.session = session;
        this.realm = realm;
        this.store = new AdminRequestStore(session, realm.getId());
        this.reviewer = reviewer;
        this.mails = new RequestMails(session, realm);
    }

    /** @return the other requests' lines for the TIN, denied because it now has an admin */
    List<RequestTinEntity> approve(AccessRequestEntity request, Tin tin, boolean replaceAdmin) {
        RequestTinEntity line = pendingLine(request, tin);
        notOwn(request);
        return new TinApproval(session, realm).approve(request, line, tin, reviewer.getId(), replaceAdmin);
    }

    void deny(AccessRequestEntity request, Tin tin, DenialReason reason, String note) {
        RequestTinEntity line = pendingLine(request, tin);
        notOwn(request);
        if (!store.decide(line, LineStatus.DENIED, reason.name(), note, reviewer.getId(), Time.currentTimeMillis())) {
            throw alreadyDecided();
        }
        LOG.infof("Admin request %s: TIN %s denied (%s)", request.getReference(), tin.masked(), reason);
        mails.denial(request, List.of(line));
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
        mails.approval(request, new PortalAccount(user, true), false);
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

    private static ApiException alreadyDecided() {
        return ApiException.conflict("already_decided", "This TIN of the request has already been decided.");
    }
}
