package org.tinaccess.members;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.tinaccess.rest.ApiException;
import org.tinaccess.rest.Caller;
import org.tinaccess.review.ReviewResource;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.tin.Tin;

/**
 * Who may act on a TIN: its admin (the holder of the claim) and, for a few actions, reviewers.
 * Anyone else gets the same 403 whether or not the TIN is registered, so the answer tells nothing.
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
        return realm.getRole(ReviewResource.REVIEWER_ROLE) != null && caller.user().hasRole(realm.getRole(ReviewResource.REVIEWER_ROLE));
    }

    private static boolean isAdmin(KeycloakSession session, RealmModel realm, Caller caller, Tin tin) {
        return new AdminRequestStore(session, realm.getId()).claimOf(tin.digits())
                .map(claim -> claim.getUserId().equals(caller.user().getId()))
                .orElse(false);
    }

    /** Not a TIN at all: no caller could act on it, so 403 like any TIN they do not hold. */
    private static Tin parse(String tinInPath) {
        return Tin.parse(tinInPath).orElseThrow(ApiException::forbidden);
    }
}
