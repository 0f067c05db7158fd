package org.tinaccess.flow;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The factory of one of our flow steps: a stateless authenticator shared by all sessions, with
 * its id, texts for the admin console, brute-force reference category and allowed requirements.
 * Configurable steps override {@link #getConfigProperties()} and {@link #isConfigurable()}.
 */
public abstract class StepFactory implements AuthenticatorFactory {

    private final String id;
    private final String displayType;
    private final String helpText;
    private final String referenceCategory;
    private final Authenticator authenticator;
    private final Requirement[] requirements;

    protected StepFactory(String id, String displayType, String helpText, String referenceCategory, Authenticator authenticator,
            Requirement... requirements) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.referenceCategory = referenceCategory;
        this.authenticator = authenticator;
        this.requirements = requirements;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return authenticator;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayType() {
        return displayType;
    }

    @Override
    public String getHelpText() {
        return helpText;
    }

    /** "password", "otp" or "recovery-authn-codes" make brute-force detection count the step's failures. */
    @Override
    public String getReferenceCategory() {
        return referenceCategory;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return requirements.clone();
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public void init(Config.Scope config) {
        // steps take no server-wide settings
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
