package org.tinaccess.mfa.sender;

import java.net.URI;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** {@code --spi-phone-sender--http--url=...} and {@code --spi-phone-sender--http--secret=...}. */
public class HttpPhoneSenderFactory implements PhoneSenderFactory {

    public static final String PROVIDER_ID = "http";
    public static final String URL = "url";
    public static final String SECRET = "secret";

    private HttpPhoneSender sender;

    @Override
    public PhoneSender create(KeycloakSession session) {
        if (sender == null) {
            throw new IllegalStateException("phone-sender http needs --spi-phone-sender--http--url");
        }
        return sender;
    }

    @Override
    public void init(Config.Scope config) {
        String url = config.get(URL);
        sender = url == null || url.isBlank() ? null : new HttpPhoneSender(URI.create(url), config.get(SECRET));
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(URL).type(ProviderConfigProperty.STRING_TYPE).helpText("The gateway's URL; JSON is POSTed to it.").add()
                .property().name(SECRET).type(ProviderConfigProperty.PASSWORD).helpText("Sent as 'Authorization: Bearer <secret>'.").add()
                .build();
    }
}
