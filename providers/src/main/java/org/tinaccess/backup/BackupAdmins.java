package org.tinaccess.backup;

import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.rest.ApiException;
import org.tinaccess.revocation.PortalSignOut;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.BackupAdmin;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * A TIN's backup admins: the admin names them among the TIN's active members, each becomes one only
 * by agreeing, and either side may end it. The number per TIN is the realm's
 * {@link TinAccessSettings#backupAdmins()}; nominations are made one at a time under a lock on the
 * admin's own membership, so two at once cannot pass the limit together.
 */
final class BackupAdmins {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Tin tin;
    private final MemberStore members;
    private final BackupAdminMails mails;

    BackupAdmins(KeycloakSession session, RealmModel realm, Tin tin) {
        this.session = session;
        this.realm = realm;
        this.tin = tin;
        this.members = new MemberStore(session, realm.getId());
        this.mails = new BackupAdminMails(session, realm, tin);
    }

    /** The admin names {@code person}; they are asked by mail and agree in the account console. */
    MemberEntity nominate(UserModel admin, UserModel person) {
        if (person.getId().equals(admin.getId())) {
            throw ApiException.conflict("self_action", "You are this TIN's admin already.");
        }
        MemberEntity member = members.find(tin.digits(), person.getId()).orElseThrow(ApiException::notFound);
        if (member.getStatus() != MemberStatus.ACTIVE || !person.isEmailVerified() || !person.isEnabled()) {
            throw ApiException.conflict("member_not_active", "Only an active user of this TIN can be named a backup admin.");
        }
        if (member.getBackupAdmin() != null) {
            throw ApiException.conflict("already_backup_admin", "This person was already named a backup admin.");
        }
        members.find(tin.digits(), admin.getId()).ifPresent(members::lock);
        int limit = TinAccessSettings.from(realm::getAttribute).backupAdmins();
        if (members.backupAdminsOf(tin.digits()).size() >= limit) {
            throw ApiException.conflict("backup_admin_limit", "This TIN has " + limit + " backup admins (named or agreed), as many as the"
                    + " plan allows; withdraw one first.");
        }
        member.setBackupAdmin(BackupAdmin.NOMINATED);
        mails.named(person, admin);
        return member;
    }

    /** The admin takes the role back, agreed or not yet; the person is told. */
    MemberEntity withdraw(UserModel admin, UserModel person) {
        MemberEntity member = members.find(tin.digits(), person.getId()).orElseThrow(ApiException::notFound);
        if (member.getBackupAdmin() == null) {
            throw ApiException.conflict("not_backup_admin", "This person is not a backup admin of this TIN.");
        }
        end(member);
        mails.withdrawn(person, admin);
        return member;
    }

    /** The named person agrees: from now on they manage the TIN's people, and may succeed its admin. */
    MemberEntity accept(UserModel person, MemberEntity member) {
        if (member.getBackupAdmin() != BackupAdmin.NOMINATED) {
            throw ApiException.conflict("already_backup_admin", "You already agreed to be a backup admin of this Tax ID.");
        }
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw ApiException.conflict("member_not_active", "Your access to this Tax ID is suspended.");
        }
        member.setBackupAdmin(BackupAdmin.CONFIRMED);
        mails.answered(person, true);
        return member;
    }

    /** The person says no to a nomination, or steps down; the admin is told. */
    MemberEntity decline(UserModel person, MemberEntity member) {
        end(member);
        mails.answered(person, false);
        return member;
    }

    private void end(MemberEntity member) {
        boolean agreed = member.isActiveBackupAdmin();
        member.setBackupAdmin(null);
        if (agreed) {
            // Portals that read the claim's role must stop treating them as the TIN's backup admin.
            new PortalSignOut(session, realm).afterCommit(List.of(member.getUserId()));
        }
    }

    /** The person's own membership of {@code providerId} that names them a backup admin, agreed or not; 404 otherwise. */
    static MemberEntity named(KeycloakSession session, RealmModel realm, UserModel person, String providerId) {
        return new MemberStore(session, realm.getId()).membershipsOf(person.getId()).stream()
                .filter(member -> member.getOrgId().equals(providerId) && member.getBackupAdmin() != null)
                .findFirst()
                .orElseThrow(ApiException::notFound);
    }
}
