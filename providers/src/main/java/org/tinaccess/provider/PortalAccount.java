package org.tinaccess.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.userprofile.ValidationException;
import org.tinaccess.image.SecurityImageRequiredAction;
import org.tinaccess.mfa.MfaEnrollRequiredAction;
import org.tinaccess.mfa.SecondFactors;
import org.tinaccess.rest.ApiException;

/**
 * The account a person uses the portal with: the existing account with that e-mail, or a new one
 * (username = e-mail, enabled, no password until the activation chain runs), made through the
 * realm's user profile so its validators apply.
 *
 * @param needsActivation whether nobody owns the account yet (new, or never activated: no proven
 *     address, no password, no second factor), so the activation link makes it the person's; an
 *     account someone owns is never linked to anything without its owner accepting, signed in
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
            return new PortalAccount(existing, isUnclaimed(existing));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(UserModel.USERNAME, person.email());
        attributes.put(UserModel.EMAIL, person.email());
        attributes.put(UserModel.FIRST_NAME, person.firstName());
        attributes.put(UserModel.LAST_NAME, person.lastName());
        attributes.put(PHONE, person.phone());
        attributes.put(ORGANIZATION, person.organization());
        attributes.put(JOB_TITLE, person.jobTitle());
        UserModel user;
        try {
            user = PersonProfile.create(session, attributes);
        } catch (ValidationException refused) {
            if (refused.hasError(Messages.EMAIL_EXISTS, Messages.USERNAME_EXISTS)) {
                // Someone made this account between our lookup and our insert (two adds at once): the caller answers 409.
                throw new ModelDuplicateException(refused.getMessage());
            }
            throw ApiException.badRequest("invalid_" + refused.getErrors().get(0).getAttribute(),
                    "The realm's user profile refuses " + refused.getErrors().get(0).getAttribute() + ".");
        }
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        user.addRequiredAction(SecurityImageRequiredAction.PROVIDER_ID);
        user.addRequiredAction(MfaEnrollRequiredAction.PROVIDER_ID);
        return new PortalAccount(user, true);
    }

    /** Never activated: made by an invitation or approval whose link was not followed yet. */
    public static boolean isUnclaimed(UserModel user) {
        return !user.isEmailVerified() && !user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)
                && !SecondFactors.has(user);
    }
}
