package org.tinaccess.terms;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;

/**
 * Puts Keycloak's own terms action (its page, its Accept and Decline, its record of when) to anyone
 * who has not accepted the terms as they read now (accept before use), so a change of the
 * plan's text asks everyone again at their next sign-in. Never a page of its own: Keycloak calls
 * {@link #evaluateTriggers} for each enabled action at every sign-in and activation. Turning
 * Keycloak's "Terms and Conditions" action off turns this off too.
 */
public class TermsVersionTrigger implements RequiredActionProvider {

    public static final String PROVIDER_ID = "terms-version";
    static final String TERMS = UserModel.RequiredAction.TERMS_AND_CONDITIONS.name();
    /** Where Keycloak's terms action records acceptance (epoch seconds); its constant is in a private package. */
    static final String ACCEPTED_AT = "terms_and_conditions";

    /** Whether the realm asks for its terms and {@code user} has not accepted them as they read now. */
    static boolean pending(KeycloakSession session, RealmModel realm, UserModel user) {
        RequiredActionProviderModel terms = realm.getRequiredActionProviderByAlias(TERMS);
        if (terms == null || !terms.isEnabled()) {
            return false;
        }
        TermsAcceptance acceptance = TermsAcceptance.of(user.getFirstAttribute(TermsAcceptance.ASKED), user.getFirstAttribute(ACCEPTED_AT));
        return !acceptance.accepted(TermsText.version(session, realm));
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        RealmModel realm = context.getRealm();
        RequiredActionProviderModel terms = realm.getRequiredActionProviderByAlias(TERMS);
        if (terms == null || !terms.isEnabled()) {
            return;
        }
        UserModel user = context.getUser();
        String current = TermsText.version(context.getSession(), realm);
        TermsAcceptance acceptance = TermsAcceptance.of(user.getFirstAttribute(TermsAcceptance.ASKED), user.getFirstAttribute(ACCEPTED_AT));
        boolean pending = user.getRequiredActionsStream().anyMatch(TERMS::equals);
        if (acceptance.accepted(current) || acceptance.awaiting(current, pending)) {
            return;
        }
        user.setSingleAttribute(TermsAcceptance.ASKED, TermsAcceptance.asked(current, Time.currentTime()));
        user.addRequiredAction(TERMS);
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // Never on anyone's list: should an admin add it by hand, it passes.
        context.success();
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void close() {
        // stateless
    }
}
