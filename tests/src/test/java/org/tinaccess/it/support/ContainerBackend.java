package org.tinaccess.it.support;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.keycloak.admin.client.Keycloak;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;

/**
 * {@code -Dkeycloak.server=container}: the official Keycloak image of the pinned version with our
 * jars, through testcontainers-keycloak. Where no Docker engine answers, every test is skipped
 * (JUnit "aborted"), never failed.
 */
final class ContainerBackend implements ServerBackend {

    private final KeycloakContainer container;
    private final Keycloak admin;

    private ContainerBackend(KeycloakContainer container) {
        this.container = container;
        this.admin = container.getKeycloakAdminClient();
    }

    static ContainerBackend start(int smtpPort, URI portalUrl, PhoneGateway phones) {
        Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine here: the container backend is skipped");
        Testcontainers.exposeHostPorts(smtpPort, phones.port());
        Path providers = TestSettings.keycloakHome().resolve("providers");
        KeycloakContainer container = new KeycloakContainer("quay.io/keycloak/keycloak:" + TestSettings.keycloakVersion())
                .withProviderLibsFrom(List.of(
                        providers.resolve("tin-access-providers.jar").toFile(),
                        providers.resolve("tin-access-themes.jar").toFile()))
                .withRealmImportFile("provider-portal-realm.json")
                .withEnv("TA_SMTP_HOST", "host.testcontainers.internal")
                .withEnv("TA_SMTP_PORT", String.valueOf(smtpPort))
                .withEnv("TA_PORTAL_URL", portalUrl.toString())
                .withEnv("KC_SPI_REALM_RESTAPI_EXTENSION__TIN_ACCESS__JOB_INTERVAL", String.valueOf(TestSettings.JOB_INTERVAL_SECONDS))
                .withEnv("KC_SPI_PHONE_SENDER__PROVIDER", "http")
                .withEnv("KC_SPI_PHONE_SENDER__HTTP__URL", "http://host.testcontainers.internal:" + phones.port() + "/messages")
                .withEnv("KC_SPI_PHONE_SENDER__HTTP__SECRET", PhoneGateway.SECRET);
        container.start();
        return new ContainerBackend(container);
    }

    @Override
    public String baseUrl() {
        return container.getAuthServerUrl().replaceAll("/$", "");
    }

    @Override
    public Keycloak adminClient() {
        return admin;
    }

    @Override
    public Optional<TestDatabase> database() {
        // The container keeps its H2 inside; tests that need the database are skipped here.
        return Optional.empty();
    }

    @Override
    public String logTail(int lines) {
        List<String> all = container.getLogs().lines().toList();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() {
        admin.close();
        container.stop();
    }
}
