package org.tinaccess.flow;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** The factory of one of our stateless required actions: its id, its name in the admin console, the shared instance. */
public abstract class RequiredActionStepFactory implements RequiredActionFactory {

    private final String id;
    private final String displayText;
    private final RequiredActionProvider action;

    protected RequiredActionStepFactory(String id, String displayText, RequiredActionProvider action) {
        this.id = id;
        this.displayText = displayText;
        this.action = action;
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return action;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayText() {
        return displayText;
    }

    @Override
    public void init(Config.Scope config) {
        // no server-wide settings
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to wire
    }

    @Override
    public void close() {
        // stateless
    }
}
