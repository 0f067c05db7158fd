package org.tinaccess.members;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.rest.ApiException;
import org.tinaccess.revocation.PortalSignOut;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * "the person who registered has left": the TIN's admin claim moves to another user of
 * the TIN who accepted and activated. The admin hands it over; a reviewer moves it, and only a
 * reviewer may assign a TIN whose admin is gone (account deleted), so no TIN is left without a way
 * forward. The claim moves by one conditional UPDATE (or one INSERT when there is none), so the
 * database settles a race; the old and the new admin are both told.
 */
final class AdminTransfer {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tin tin;
    private final UserModel actor;
    private final AdminRequestStore claims;

    AdminTransfer(KeycloakSession session, RealmModel realm, Tin tin, UserModel actor) {
        this.session = session;
        this.realm = realm;
        this.tin = tin;
        this.actor = actor;
        this.claims = new AdminRequestStore(session, realm.getId());
    }

    void to(UserModel newAdmin, boolean byReviewer) {
        if (byReviewer && newAdmin.getId().equals(actor.getId())) {
            throw ApiException.conflict("self_action", "A reviewer cannot make themselves a TIN's admin.");
        }
        MemberEntity member = new MemberStore(session, realm.getId()).find(tin.digits(), newAdmin.getId()).orElseThrow(ApiException::notFound);
        if (member.getStatus() != MemberStatus.ACTIVE || !newAdmin.isEmailVerified() || !newAdmin.isEnabled()) {
            throw ApiException.conflict("member_not_active", "Only an active user of this TIN can become its admin.");
        }
        Optional<AdminClaimEntity> claim = claims.claimOf(tin.digits());
        // Read before the claim moves: the move reloads the claim, which then names the new admin.
        Optional<String> previousId = claim.map(AdminClaimEntity::getUserId);
        Optional<UserModel> previous = previousId.map(id -> session.users().getUserById(realm, id));
        if (claim.isEmpty()) {
            assign(newAdmin, byReviewer);
        } else if (claim.get().getUserId().equals(newAdmin.getId())) {
            throw ApiException.conflict("already_admin", "This person is already the admin of this TIN.");
        } else if (!claims.transferClaim(tin.digits(), claim.get().getUserId(), newAdmin.getId())) {
            throw ApiException.conflict("admin_changed", "The admin of this TIN changed meanwhile; reload and try again.");
        } else {
            // The former admin stays a user of the TIN: the portals must stop treating them as its admin.
            new PortalSignOut(session, realm).afterCommit(List.of(previousId.get()));
        }
        // The admin is no backup admin of their own TIN: the role would count against the limit and show in the list.
        member.setBackupAdmin(null);
        String newAdminName = (nullToEmpty(newAdmin.getFirstName()) + " " + nullToEmpty(newAdmin.getLastName())).strip();
        AdminChangeMails mails = new AdminChangeMails(session, realm, tin);
        mails.transferred(newAdmin);
        previous.filter(old -> old.getEmail() != null).ifPresent(old -> mails.replaced(old, newAdminName));
    }

    /** The admin's account is gone (its claim with it): a reviewer gives the TIN to a verified person. */
    private void assign(UserModel newAdmin, boolean byReviewer) {
        if (!byReviewer) {
            throw ApiException.conflict("no_admin", "This TIN has no admin to replace; a reviewer assigns it.");
        }
        try {
            claims.claim(tin.digits(), newAdmin.getId(), null, Time.currentTimeMillis());
        } catch (PersistenceException | ModelDuplicateException concurrentClaim) {
            session.getTransactionManager().setRollbackOnly();
            throw ApiException.conflict("admin_changed", "The admin of this TIN changed meanwhile; reload and try again.");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
