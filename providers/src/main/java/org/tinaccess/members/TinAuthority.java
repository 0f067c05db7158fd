package org.tinaccess.members;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * Who may act on a TIN: its admin (the holder of the claim, once they accepted it), for the TIN's
 * people also its backup admins, and, for a few actions, reviewers. Anyone else gets the same 403 whether or not the TIN is registered, so the
 * answer tells nothing.
 */
public final class TinAuthority {

    private TinAuthority() {}

    public static Tin requireAdmin(KeycloakSession session, RealmModel realm, Caller caller, String tinInPath) {
        Tin tin = parse(tinInPath);
        if (!isAdmin(session, realm, caller, tin)) {
            throw ApiException.forbidden();
        }
        return tin;
    }

    /**
     * The TIN's admin or one of its backup admins (agreed, membership active): who manages the TIN's
     * people, join requests and client grants. 403 for anyone else, as {@link #requireAdmin}.
     */
    public static TinManager requireManager(KeycloakSession session, RealmModel realm, Caller caller, String tinInPath) {
        Tin tin = parse(tinInPath);
        if (isAdmin(session, realm, caller, tin)) {
            return new TinManager(tin, false);
        }
        if (isBackupAdmin(session, realm, caller, tin)) {
            return new TinManager(tin, true);
        }
        throw ApiException.forbidden();
    }

    /** A member who agreed to be the TIN's backup admin, whose membership is active. */
    public static boolean isBackupAdmin(KeycloakSession session, RealmModel realm, Caller caller, Tin tin) {
        return new MemberStore(session, realm.getId()).find(tin.digits(), caller.user().getId())
                .map(MemberEntity::isActiveBackupAdmin)
                .orElse(false);
    }

    /**
     * What a backup admin may not touch: the admin (the claim's holder) and every backup admin, named
     * or agreed. Powers among equals would let one backup admin push the others aside before taking
     * the TIN. 403, as for a TIN they do not manage.
     */
    public static void requireWithinPowers(KeycloakSession session, RealmModel realm, TinManager manager, String targetUserId) {
        if (!manager.backup()) {
            return;
        }
        boolean admin = new AdminRequestStore(session, realm.getId()).claimOf(manager.tin().digits())
                .map(claim -> claim.getUserId().equals(targetUserId))
                .orElse(false);
        boolean backup = new MemberStore(session, realm.getId()).find(manager.tin().digits(), targetUserId)
                .map(member -> member.getBackupAdmin() != null)
                .orElse(false);
        if (admin || backup) {
            throw ApiException.forbidden();
        }
    }

    static Tin requireAdminOrReviewer(KeycloakSession session, RealmModel realm, Caller caller, String tinInPath) {
        Tin tin = parse(tinInPath);
        if (!isAdmin(session, realm, caller, tin) && !isReviewer(realm, caller)) {
            throw ApiException.forbidden();
        }
        return tin;
    }

    static boolean isReviewer(RealmModel realm, Caller caller) {
        return ProtectedAccounts.isReviewer(realm, caller.user());
    }

    /** The claim holder whose own membership is active: an approval they have not accepted, or a suspension, gives no power. */
    public static boolean isAdmin(KeycloakSession session, RealmModel realm, Caller caller, Tin tin) {
        boolean holdsClaim = new AdminRequestStore(session, realm.getId()).claimOf(tin.digits())
                .map(claim -> claim.getUserId().equals(caller.user().getId()))
                .orElse(false);
        return holdsClaim && new MemberStore(session, realm.getId()).find(tin.digits(), caller.user().getId())
                .map(member -> member.getStatus() == MemberStatus.ACTIVE)
                .orElse(false);
    }

    /** Not a TIN at all: no caller could act on it, so 403 like any TIN they do not hold. */
    private static Tin parse(String tinInPath) {
        return Tin.parse(tinInPath).orElseThrow(ApiException::forbidden);
    }
}
