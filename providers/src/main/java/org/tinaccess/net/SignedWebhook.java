package org.tinaccess.net;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Where and how a provider posts to one of the plan's systems ({@link SignedPost}): the three SPI
 * options every such factory takes, {@code url}, {@code secret} and {@code timeout-ms}.
 */
public record SignedWebhook(URI url, SignedPost post) {

    public static final String URL = "url";
    public static final String SECRET = "secret";
    public static final String TIMEOUT_MS = "timeout-ms";

    /** From a factory's options; empty until both the URL and the secret are set. */
    public static Optional<SignedWebhook> from(Config.Scope config, int defaultTimeoutMs) {
        String url = config.get(URL);
        String secret = config.get(SECRET);
        if (url == null || url.isBlank() || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SignedWebhook(URI.create(url), new SignedPost(secret, Duration.ofMillis(config.getInt(TIMEOUT_MS, defaultTimeoutMs)))));
    }

    /** The options as the admin console's provider info lists them. */
    public static List<ProviderConfigProperty> options(String urlHelp, int defaultTimeoutMs, String timeoutHelp) {
        return ProviderConfigurationBuilder.create()
                .property().name(URL).type(ProviderConfigProperty.STRING_TYPE).helpText(urlHelp).add()
                .property().name(SECRET).type(ProviderConfigProperty.PASSWORD).helpText("HMAC-SHA256 key the requests are signed with.").add()
                .property().name(TIMEOUT_MS).type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(defaultTimeoutMs).helpText(timeoutHelp).add()
                .build();
    }
}
