package org.tinaccess.backup;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.members.AdminChangeMails;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.revocation.PortalSignOut;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * A backup admin takes the admin seat of a TIN whose admin is gone. The seat is the one admin claim
 * row: it moves by one conditional UPDATE (or one INSERT when the admin's account was deleted), so
 * of backup admins claiming at once the database lets exactly one through, and the others' calls
 * roll back whole. The former admin stays a plain user of the TIN or leaves it, as the successor
 * chooses; they (if their address still works) and the other backup admins are told.
 */
final class Succession {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tin tin;
    private final AdminRequestStore claims;
    private final MemberStore members;

    Succession(KeycloakSession session, RealmModel realm, Tin tin) {
        this.session = session;
        this.realm = realm;
        this.tin = tin;
        this.claims = new AdminRequestStore(session, realm.getId());
        this.members = new MemberStore(session, realm.getId());
    }

    /**
     * Moves the seat to {@code successor}, a backup admin who agreed. {@code formerLeaves}: the former
     * admin's membership goes too; otherwise they stay a user (their status as it was).
     *
     * @return the former admin's id, empty when their account was deleted
     */
    Optional<String> take(UserModel successor, MemberEntity successorMembership, boolean formerLeaves) {
        Optional<String> formerId = claims.claimOf(tin.digits()).map(AdminClaimEntity::getUserId);
        try {
            if (formerId.isEmpty()) {
                claims.claim(tin.digits(), successor.getId(), null, Time.currentTimeMillis());
            } else if (!claims.transferClaim(tin.digits(), formerId.get(), successor.getId())) {
                throw lost();
            }
        } catch (PersistenceException | ModelDuplicateException concurrentClaim) {
            throw lost();
        }
        successorMembership.setBackupAdmin(null);
        Optional<UserModel> former = formerId.map(id -> session.users().getUserById(realm, id));
        formerId.flatMap(id -> members.find(tin.digits(), id)).ifPresent(membership -> leaveOrStay(membership, former, formerLeaves));
        tell(successor, former);
        return formerId;
    }

    private void leaveOrStay(MemberEntity membership, Optional<UserModel> former, boolean leaves) {
        if (membership.getStatus() == MemberStatus.ACTIVE) {
            // Portals must stop treating them as the TIN's admin.
            new PortalSignOut(session, realm).afterCommit(List.of(membership.getUserId()));
        }
        if (!leaves) {
            return;
        }
        members.remove(membership);
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        if (provider != null && former.isPresent()) {
            ProviderOrganization.removeMember(session, provider, former.get());
        }
    }

    private void tell(UserModel successor, Optional<UserModel> former) {
        String successorName = PortalMail.name(successor);
        AdminChangeMails adminMails = new AdminChangeMails(session, realm, tin);
        adminMails.transferred(successor);
        former.filter(old -> old.getEmail() != null).ifPresent(old -> adminMails.replaced(old, successorName));
        adminMails.backupAdminsTold(successor);
    }

    private ApiException lost() {
        session.getTransactionManager().setRollbackOnly();
        return ApiException.conflict("admin_changed", "The admin of this TIN changed meanwhile; reload and try again.");
    }
}
