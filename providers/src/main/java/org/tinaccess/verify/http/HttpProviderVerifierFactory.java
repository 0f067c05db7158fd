package org.tinaccess.verify.http;

import java.net.URI;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.tinaccess.net.SignedWebhook;
import org.tinaccess.verify.ProviderVerifier;
import org.tinaccess.verify.ProviderVerifierFactory;

/**
 * {@code --spi-provider-verifier--provider=http --spi-provider-verifier--http--url=https://payments.plan.example/tin-access/
 * --spi-provider-verifier--http--secret=... [--spi-provider-verifier--http--timeout-ms=5000]}.
 */
public class HttpProviderVerifierFactory implements ProviderVerifierFactory {

    public static final String PROVIDER_ID = "http";

    private HttpProviderVerifier verifier;

    @Override
    public ProviderVerifier create(KeycloakSession session) {
        if (verifier == null) {
            throw new IllegalStateException("provider-verifier http needs --spi-provider-verifier--http--url and --secret");
        }
        return verifier;
    }

    @Override
    public void init(Config.Scope config) {
        verifier = SignedWebhook.from(config, 5000).map(webhook -> {
            String base = webhook.url().toString();
            return new HttpProviderVerifier(URI.create(base.endsWith("/") ? base : base + "/"), webhook.post());
        }).orElse(null);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return SignedWebhook.options("Base URL of the plan's payment system.", 5000,
                "How long to wait for an answer before the TIN falls back to a reviewer.");
    }
}
