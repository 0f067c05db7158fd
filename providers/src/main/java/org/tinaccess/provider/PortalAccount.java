package org.tinaccess.provider;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.image.SecurityImageRequiredAction;
import org.tinaccess.mfa.MfaEnrollRequiredAction;

/**
 * The account a person uses the portal with: the existing account with that e-mail, or a new one
 * (username = e-mail, enabled, no password until the activation chain runs).
 *
 * @param needsActivation whether the person must follow an activation link (a new account, or one
 *     whose address was never proven) rather than get a notice
 */
public record PortalAccount(UserModel user, boolean needsActivation) {

    /** User-profile attributes declared in the realm's user profile (realm-config). */
    public static final String PHONE = "phoneNumber";
    public static final String ORGANIZATION = "organization";
    public static final String JOB_TITLE = "jobTitle";

    /** Who the account is for; {@code phone}, {@code organization} and {@code jobTitle} may be null. */
    public record Person(String email, String firstName, String lastName, String phone, String organization, String jobTitle) {}

    public static PortalAccount findOrCreate(KeycloakSession session, RealmModel realm, Person person) {
        UserModel existing = session.users().getUserByEmail(realm, person.email());
        if (existing != null) {
            return new PortalAccount(existing, !existing.isEmailVerified());
        }
        UserModel user = session.users().addUser(realm, person.email());
        user.setEnabled(true);
        user.setEmail(person.email());
        user.setEmailVerified(false);
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        setIfPresent(user, PHONE, person.phone());
        setIfPresent(user, ORGANIZATION, person.organization());
        setIfPresent(user, JOB_TITLE, person.jobTitle());
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        user.addRequiredAction(SecurityImageRequiredAction.PROVIDER_ID);
        user.addRequiredAction(MfaEnrollRequiredAction.PROVIDER_ID);
        return new PortalAccount(user, true);
    }

    private static void setIfPresent(UserModel user, String attribute, String value) {
        if (value != null && !value.isBlank()) {
            user.setSingleAttribute(attribute, value);
        }
    }
}
