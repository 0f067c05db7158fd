package org.tinaccess.signin;

import org.keycloak.events.EventListenerProvider;
import org.keycloak.models.KeycloakSession;
import org.tinaccess.events.GlobalEventListenerFactory;

/** Registers {@link SignInRecorder} for every realm: the sign-in times must not depend on a realm listing the listener. */
public class SignInRecorderFactory extends GlobalEventListenerFactory {

    public static final String PROVIDER_ID = "tin-access-sign-in-recorder";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new SignInRecorder(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
