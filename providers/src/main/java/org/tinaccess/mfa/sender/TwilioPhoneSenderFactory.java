package org.tinaccess.mfa.sender;

import java.net.URI;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** {@code --spi-phone-sender--twilio--account-sid=, --auth-token=, --from=} (and {@code --api-base} for a test double). */
public class TwilioPhoneSenderFactory implements PhoneSenderFactory {

    public static final String PROVIDER_ID = "twilio";
    public static final String DEFAULT_API_BASE = "https://api.twilio.com";

    private TwilioPhoneSender sender;

    @Override
    public PhoneSender create(KeycloakSession session) {
        if (sender == null) {
            throw new IllegalStateException("phone-sender twilio needs account-sid, auth-token and from");
        }
        return sender;
    }

    @Override
    public void init(Config.Scope config) {
        String sid = config.get("account-sid");
        String token = config.get("auth-token");
        String from = config.get("from");
        sender = sid == null || token == null || from == null ? null
                : new TwilioPhoneSender(URI.create(config.get("api-base", DEFAULT_API_BASE)), sid, token, from);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("account-sid").type(ProviderConfigProperty.STRING_TYPE).helpText("Twilio account SID.").add()
                .property().name("auth-token").type(ProviderConfigProperty.PASSWORD).helpText("Twilio auth token.").add()
                .property().name("from").type(ProviderConfigProperty.STRING_TYPE).helpText("The sending number, E.164.").add()
                .property().name("api-base").type(ProviderConfigProperty.STRING_TYPE).helpText("Twilio's API base URL.")
                .defaultValue(DEFAULT_API_BASE).add()
                .build();
    }
}
