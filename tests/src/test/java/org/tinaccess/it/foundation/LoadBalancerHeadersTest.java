package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production image's load balancer tells Keycloak the client's address as the one that connected
 * to it. Appending to an X-Forwarded-For the client sent would let the client pick the address
 * Keycloak reads (the first value): the public forms' per-address limits and the events' addresses.
 */
class LoadBalancerHeadersTest {

    @Test
    void theForwardedAddressIsTheConnectingOneNeverTheClientsOwnHeader() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("tin-access.root", "..")).resolve("docker/nginx.conf"));
        List<String> forwardedFor = lines.stream().map(String::trim).filter(line -> line.startsWith("proxy_set_header X-Forwarded-For")).toList();

        assertEquals(List.of("proxy_set_header X-Forwarded-For $remote_addr;"), forwardedFor);
        assertFalse(lines.stream().anyMatch(line -> !line.trim().startsWith("#") && line.contains("$proxy_add_x_forwarded_for")));
    }
}
