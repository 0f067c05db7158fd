package org.tinaccess.letter;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.tinaccess.net.SignedWebhook;

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
        sender = SignedWebhook.from(config, 10000).map(webhook -> new HttpLetterSender(webhook.url(), webhook.post())).orElse(null);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return SignedWebhook.options("The print-and-mail service's webhook.", 10000, "How long to wait for the service.");
    }
}
