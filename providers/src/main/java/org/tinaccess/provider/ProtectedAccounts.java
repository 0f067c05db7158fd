package org.tinaccess.provider;

import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.tinaccess.store.AdminRequestStore;

/**
 * Accounts whose factors no delegated power may touch: the plan's reviewers and help desk, holders of
 * any of the realm's administration roles (client {@code realm-management}), and TIN admins. A TIN admin
 * resets MFA only for the people of their own TINs; these go to the realm instead.
 */
public final class ProtectedAccounts {

    /** The realm role of the plan's reviewers (realm-config). */
    public static final String REVIEWER_ROLE = "tin-reviewer";
    /** The realm role of the plan's help desk, who reset second factors after verifying the caller (realm-config). */
    public static final String HELP_DESK_ROLE = "tin-help-desk";

    private ProtectedAccounts() {}

    public static boolean isProtected(KeycloakSession session, RealmModel realm, UserModel user) {
        return isReviewer(realm, user) || isHelpDesk(realm, user) || isRealmAdministrator(realm, user)
                || !new AdminRequestStore(session, realm.getId()).claimsOf(user.getId()).isEmpty();
    }

    public static boolean isReviewer(RealmModel realm, UserModel user) {
        RoleModel reviewer = realm.getRole(REVIEWER_ROLE);
        return reviewer != null && user.hasRole(reviewer);
    }

    public static boolean isHelpDesk(RealmModel realm, UserModel user) {
        RoleModel helpDesk = realm.getRole(HELP_DESK_ROLE);
        return helpDesk != null && user.hasRole(helpDesk);
    }

    /** Any role of the realm-management client, directly, by group or composite. */
    public static boolean isRealmAdministrator(RealmModel realm, UserModel user) {
        ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        return management != null && management.getRolesStream().anyMatch(user::hasRole);
    }
}
