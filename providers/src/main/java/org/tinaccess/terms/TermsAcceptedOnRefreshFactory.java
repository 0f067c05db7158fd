package org.tinaccess.terms;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Registers {@link TermsAcceptedOnRefresh}; the shipped realm's client policy {@code tin-access} applies it to every client. */
public class TermsAcceptedOnRefreshFactory implements ClientPolicyExecutorProviderFactory {

    public static final String PROVIDER_ID = "tin-access-terms-accepted";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new TermsAcceptedOnRefresh(session);
    }

    @Override
    public void init(Config.Scope config) {
        // No configuration.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to prepare.
    }

    @Override
    public void close() {
        // Nothing held.
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "Refuses a refresh grant while the account has not accepted the terms of use as they read now.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
