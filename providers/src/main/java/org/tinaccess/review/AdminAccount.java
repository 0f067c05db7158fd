package org.tinaccess.review;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.store.AccessRequestEntity;

/**
 * The account an approved requester administers with: the existing account with that e-mail, or
 * a new one (username = e-mail, enabled, no password until activation).
 */
record AdminAccount(UserModel user, boolean needsActivation) {

    static final String PHONE = "phoneNumber";
    static final String ORGANIZATION = "organization";
    static final String JOB_TITLE = "jobTitle";

    static AdminAccount forRequest(KeycloakSession session, RealmModel realm, AccessRequestEntity request) {
        UserModel existing = session.users().getUserByEmail(realm, request.getEmail());
        if (existing != null) {
            // An account whose address was never proven gets an activation link, not a notice.
            return new AdminAccount(existing, !existing.isEmailVerified());
        }
        UserModel user = session.users().addUser(realm, request.getEmail());
        user.setEnabled(true);
        user.setEmail(request.getEmail());
        user.setEmailVerified(false);
        user.setFirstName(request.getFirstName());
        user.setLastName(request.getLastName());
        user.setSingleAttribute(PHONE, request.getPhone());
        user.setSingleAttribute(ORGANIZATION, request.getOrganization());
        user.setSingleAttribute(JOB_TITLE, request.getJobTitle());
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        user.addRequiredAction(UserModel.RequiredAction.CONFIGURE_TOTP);
        return new AdminAccount(user, true);
    }
}
