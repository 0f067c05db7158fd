package org.tinaccess.flow;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;

/**
 * The login timeout of a multi-step form, told to the page so it can warn before it runs out
 * (WCAG 2.2.1). Keycloak restarts the authentication session's clock each time it renders a step's
 * form (the action URL's code is generated anew), so a page shown now has the whole timeout ahead
 * of it, and a "keep going" post that shows the same page again with what was typed buys another.
 */
public final class LoginTimeout {

    /** The page's seconds before Keycloak ends the attempt; the theme's {@code timeout.ftl} reads it. */
    public static final String SECONDS = "loginTimeoutSeconds";
    /** The seconds of warning: two minutes, or half of a shorter timeout. */
    public static final String WARNING_SECONDS = "loginTimeoutWarningSeconds";
    /** The warning's button: the step's form posted with this action shows the same page again, as typed. */
    public static final String KEEP_GOING = "keep";
    private static final int WARNING = 120;

    private LoginTimeout() {}

    /** A step's form, with the timeout it runs under. */
    public static LoginFormsProvider form(AuthenticationFlowContext context) {
        int seconds = seconds(context.getRealm());
        return context.form()
                .setAttribute(SECONDS, seconds)
                .setAttribute(WARNING_SECONDS, Math.min(WARNING, seconds / 2));
    }

    /** The lifespan {@code ClientSessionCode} applies to login actions. */
    static int seconds(RealmModel realm) {
        return realm.getAccessCodeLifespanLogin() > 0 ? realm.getAccessCodeLifespanLogin() : realm.getAccessCodeLifespanUserAction();
    }
}
