package org.tinaccess.letter;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.tinaccess.net.SignedPost;

/** {@code --spi-letter-sender--provider=http --spi-letter-sender--http--url=... --spi-letter-sender--http--secret=...}. */
public class HttpLetterSenderFactory implements LetterSenderFactory {

    public static final String PROVIDER_ID = "http";

    private HttpLetterSender sender;

    @Override
    public LetterSender create(KeycloakSession session) {
        if (sender == null) {
            throw new IllegalStateException("letter-sender http needs --spi-letter-sender--http--url and --secret");
        }
        return sender;
    }

    @Override
    public void init(Config.Scope config) {
        String url = config.get("url");
        String secret = config.get("secret");
        if (url != null && !url.isBlank() && secret != null && !secret.isBlank()) {
            sender = new HttpLetterSender(URI.create(url), new SignedPost(secret, Duration.ofMillis(config.getInt("timeout-ms", 10000))));
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("url").type(ProviderConfigProperty.STRING_TYPE).helpText("The print-and-mail service's webhook.").add()
                .property().name("secret").type(ProviderConfigProperty.PASSWORD).helpText("HMAC-SHA256 key the requests are signed with.").add()
                .property().name("timeout-ms").type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(10000)
                .helpText("How long to wait for the service.").add()
                .build();
    }
}
