package org.tinaccess.verify.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.tinaccess.net.SignedPost;
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
        String url = config.get("url");
        String secret = config.get("secret");
        if (url == null || url.isBlank() || secret == null || secret.isBlank()) {
            return;
        }
        String base = url.endsWith("/") ? url : url + "/";
        verifier = new HttpProviderVerifier(URI.create(base), new SignedPost(secret, Duration.ofMillis(config.getInt("timeout-ms", 5000))));
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("url").type(ProviderConfigProperty.STRING_TYPE).helpText("Base URL of the plan's payment system.").add()
                .property().name("secret").type(ProviderConfigProperty.PASSWORD).helpText("HMAC-SHA256 key the requests are signed with.").add()
                .property().name("timeout-ms").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(5000)
                .helpText("How long to wait for an answer before the TIN falls back to a reviewer.").add()
                .build();
    }
}
