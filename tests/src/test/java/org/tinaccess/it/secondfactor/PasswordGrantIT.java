package org.tinaccess.it.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.FactorHolders.Holder;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.Totp;

/**
 * The resource-owner password grant (direct grant): no client of the shipped realm allows it, and
 * where a realm administrator turns it on for a client, the realm's direct-grant flow still issues
 * nothing from a password alone and answers every refusal with the same words.
 */
@OnBothMinors
@IntegrationTest
class PasswordGrantIT {

    /** The answer a wrong password gets; every other refusal must be indistinguishable from it. */
    private static final Map.Entry<Integer, String> REFUSED = Map.entry(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");

    @Test
    void noClientOfTheShippedRealmAllowsThePasswordGrant(TinAccessServer server) {
        List<ClientRepresentation> clients = server.realm().clients().findAll();

        assertTrue(clients.stream().anyMatch(client -> "admin-cli".equals(client.getClientId())), "admin-cli is defined by the realm file");
        assertEquals(List.of(), clients.stream().filter(client -> Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled()))
                .map(ClientRepresentation::getClientId).toList());
        Holder holder = FactorHolders.create(server, Factor.APP);
        for (String publicClient : List.of("admin-cli", "account-console", "security-admin-console")) {
            Map.Entry<Integer, String> answer = passwordGrant(server, publicClient, null, holder.email(), RealmUsers.PASSWORD, Totp.unspentCode(holder.totpSecret()));
            assertTrue(answer.getValue().contains("unauthorized_client"), publicClient + ": " + answer);
        }
        Map.Entry<Integer, String> portal = passwordGrant(server, PortalClient.CLIENT_ID, PortalClient.CLIENT_SECRET, holder.email(),
                RealmUsers.PASSWORD, Totp.unspentCode(holder.totpSecret()));
        assertTrue(portal.getValue().contains("unauthorized_client"), portal.toString());
    }

    @ParameterizedTest
    @EnumSource(Factor.class)
    void aPasswordAloneGetsNoTokenWhateverTheFactor(Factor factor, TinAccessServer server) {
        Holder holder = FactorHolders.create(server, factor);
        withPasswordGrantClient(server, clientId -> {
            Map.Entry<Integer, String> answer = passwordGrant(server, clientId, null, holder.email(), RealmUsers.PASSWORD, null);
            assertEquals(REFUSED, answer, factor + " without a second factor");
        });
    }

    @Test
    void onlyTheAppsCodeCompletesAPasswordGrant(TinAccessServer server) {
        Holder holder = FactorHolders.create(server, Factor.APP);
        withPasswordGrantClient(server, clientId -> {
            assertEquals(REFUSED, passwordGrant(server, clientId, null, holder.email(), RealmUsers.PASSWORD, "000000"));
            Map.Entry<Integer, String> granted = passwordGrant(server, clientId, null, holder.email(), RealmUsers.PASSWORD,
                    Totp.unspentCode(holder.totpSecret()));
            assertEquals(200, granted.getKey(), granted.getValue());
        });
    }

    @Test
    void unknownDisabledAndWrongPasswordGetTheSameAnswer(TinAccessServer server) {
        Holder disabled = FactorHolders.create(server, Factor.APP);
        UserRepresentation user = server.realm().users().get(disabled.userId()).toRepresentation();
        user.setEnabled(false);
        server.realm().users().get(disabled.userId()).update(user);
        Holder wrongPassword = FactorHolders.create(server, Factor.APP);
        withPasswordGrantClient(server, clientId -> {
            assertEquals(REFUSED, passwordGrant(server, clientId, null, disabled.email(), RealmUsers.PASSWORD,
                    Totp.unspentCode(disabled.totpSecret())), "a disabled account, right password and code");
            assertEquals(REFUSED, passwordGrant(server, clientId, null, RealmUsers.uniqueEmail("nobody"), RealmUsers.PASSWORD, "123456"));
            assertEquals(REFUSED, passwordGrant(server, clientId, null, wrongPassword.email(), "Wrong-Password-9",
                    Totp.unspentCode(wrongPassword.totpSecret())));
        });
    }

    /** A public client with direct grants on, as a realm administrator might add; removed afterwards. */
    private static void withPasswordGrantClient(TinAccessServer server, Consumer<String> test) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("password-grant-probe-" + Long.toHexString(System.nanoTime()));
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        String id;
        try (Response created = server.realm().clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        try {
            test.accept(client.getClientId());
        } finally {
            server.realm().clients().get(id).remove();
        }
        assertFalse(server.realm().clients().findByClientId(client.getClientId()).stream().findAny().isPresent());
    }

    private static Map.Entry<Integer, String> passwordGrant(TinAccessServer server, String clientId, String secret, String username,
            String password, String otp) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password, "scope", "openid"));
        if (secret != null) {
            form.put("client_secret", secret);
        }
        if (otp != null) {
            form.put("otp", otp);
        }
        return PortalClient.tokenEndpoint(server.realmUrl(), form);
    }
}
