package org.tinaccess.members;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.store.AdminClaimEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.BackupAdmin;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;

/**
 * Who manages which TIN, as the help desk's and the access reviews' rules need it: the claim holder whose membership is
 * active, and the backup admins who agreed and are active. Read from the same rows the API's own
 * permission checks read.
 */
public final class TinManagers {

    private final AdminRequestStore claims;
    private final MemberStore members;

    public TinManagers(KeycloakSession session, RealmModel realm) {
        this.claims = new AdminRequestStore(session, realm.getId());
        this.members = new MemberStore(session, realm.getId());
    }

    /** The TIN's active admin, if any. */
    public Optional<String> adminOf(String tin) {
        return claims.claimOf(tin).map(AdminClaimEntity::getUserId)
                .filter(userId -> members.find(tin, userId).map(member -> member.getStatus() == MemberStatus.ACTIVE).orElse(false));
    }

    /** The TIN's active admin and agreed backup admins. */
    public Set<String> of(String tin) {
        Set<String> managers = new LinkedHashSet<>();
        adminOf(tin).ifPresent(managers::add);
        members.backupAdminsOf(tin).stream().filter(MemberEntity::isActiveBackupAdmin).map(MemberEntity::getUserId).forEach(managers::add);
        return managers;
    }

    /** The TINs {@code userId} manages: as admin, or as agreed, active backup admin. */
    public List<String> managedBy(String userId) {
        List<String> tins = new ArrayList<>();
        claims.claimsOf(userId).stream().map(AdminClaimEntity::getTin).filter(tin -> adminOf(tin).map(userId::equals).orElse(false))
                .forEach(tins::add);
        members.membershipsOf(userId).stream().filter(MemberEntity::isActiveBackupAdmin).map(MemberEntity::getTin)
                .filter(tin -> !tins.contains(tin)).forEach(tins::add);
        return tins;
    }

    /** Whether {@code userId} holds a TIN's admin claim or is any TIN's agreed backup admin: a reset waits out the cooling-off. */
    public boolean isAnyManager(String userId) {
        return !claims.claimsOf(userId).isEmpty()
                || members.membershipsOf(userId).stream().anyMatch(member -> member.getBackupAdmin() == BackupAdmin.CONFIRMED);
    }

    /** The role {@code userId} plays on {@code tin}: admin, backup-admin or user. */
    public String roleOn(MemberEntity membership) {
        if (claims.claimOf(membership.getTin()).map(claim -> claim.getUserId().equals(membership.getUserId())).orElse(false)) {
            return "admin";
        }
        return membership.getBackupAdmin() == BackupAdmin.CONFIRMED ? "backup-admin" : "user";
    }
}
