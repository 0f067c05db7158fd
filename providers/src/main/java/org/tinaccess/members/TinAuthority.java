package org.tinaccess.members;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.provider.ProtectedAccounts;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Tin;

/**
 * Who may act on a TIN: its admin (the holder of the claim, once they accepted it) and, for a few
 * actions, reviewers. Anyone else gets the same 403 whether or not the TIN is registered, so the
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
