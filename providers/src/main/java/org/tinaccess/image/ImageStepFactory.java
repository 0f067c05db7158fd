package org.tinaccess.image;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

/** The factories of the two identifier-first steps: {@code identify-user} and {@code security-image-password}. */
public abstract class ImageStepFactory implements AuthenticatorFactory {

    private final String id;
    private final String displayType;
    private final String helpText;
    private final Authenticator authenticator;
    private final String referenceCategory;

    protected ImageStepFactory(String id, String displayType, String helpText, Authenticator authenticator, String referenceCategory) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.authenticator = authenticator;
        this.referenceCategory = referenceCategory;
    }

    /** {@code identify-user}. */
    public static class IdentifyUser extends ImageStepFactory {
        public static final String PROVIDER_ID = "identify-user";

        public IdentifyUser() {
            super(PROVIDER_ID, "Username (identifier first, no account disclosure)",
                    "Asks for the username only and always moves on, so the page does not reveal whether an account exists.",
                    new IdentifyUserAuthenticator(), null);
        }
    }

    /** {@code security-image-password}; reference category "password" so brute-force detection counts failures. */
    public static class SecurityImagePassword extends ImageStepFactory {
        public static final String PROVIDER_ID = "security-image-password";

        public SecurityImagePassword() {
            super(PROVIDER_ID, "Security image and password",
                    "Shows the user's security image and caption (a stable fake one for unknown usernames), then checks the password.",
                    new SecurityImagePasswordAuthenticator(), PasswordCredentialModel.TYPE);
        }
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

    @Override
    public String getReferenceCategory() {
        return referenceCategory;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
        };
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
        // nothing server-wide
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
