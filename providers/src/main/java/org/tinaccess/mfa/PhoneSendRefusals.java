package org.tinaccess.mfa;

import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.tinaccess.settings.TinAccessSettings;

/** How a refused send shows: an event for the plan's audit, and the page's words for the person. */
final class PhoneSendRefusals {

    static final String EVENT_ERROR = "phone_send_refused";

    private PhoneSendRefusals() {}

    /** Records the refusal on {@code event} (a clone: the flow's own event goes on). */
    static void record(EventBuilder event, UserModel user, String phone, PhoneSendPolicy.Refusal refusal) {
        event.user(user).detail("reason", refusal.reason).detail("phone", PhoneNumbers.masked(phone)).error(EVENT_ERROR);
    }

    static LoginFormsProvider withMessage(LoginFormsProvider form, RealmModel realm, PhoneSendPolicy.Refusal refusal) {
        if (refusal == PhoneSendPolicy.Refusal.TOO_SOON) {
            return form.setError(refusal.message, TinAccessSettings.from(realm::getAttribute).phoneCodeInterval().toSeconds());
        }
        return form.setError(refusal.message);
    }
}
