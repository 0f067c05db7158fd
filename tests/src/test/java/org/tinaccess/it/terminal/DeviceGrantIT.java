package org.tinaccess.it.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.it.support.DevicePages;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Readme;
import org.tinaccess.it.support.ShellRecipe;
import org.tinaccess.it.support.TerminalClient;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * A person's script calls the TIN Access API through the realm's tin-access-cli client (OAuth 2.0
 * device authorization grant): the person signs in on the realm's own pages, second factor
 * included, and the script gets tokens the API accepts. The recipe in docs/api.md is run as written.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceGrantIT {

    private static final Duration SIGN_IN_TIME = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TinAccessServer server;
    private PortalUsers.TinAdmin tinAdmin;

    @BeforeAll
    void anActivatedTinAdminWithAnAuthenticatorApp(TinAccessServer server) {
        this.server = server;
        this.tinAdmin = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
    }

    @Test
    void aPersonSignsInWithTheUserCodeAndTheScriptGetsATokenTheApiAccepts() {
        TerminalClient.Started started = TerminalClient.start(server);
        assertEquals("authorization_pending", TerminalClient.poll(server, started).error(), "no token before the person signs in");

        WebSession.Page done = DevicePages.approveWithCode(server, started.verificationUri(), started.userCode(), tinAdmin.admin());
        assertTrue(done.body().contains("Device Login Successful"), done.body());
        JsonNode tokens = TerminalClient.awaitTokens(server, started, SIGN_IN_TIME);

        String token = tokens.get("access_token").asText();
        JsonNode claims = PortalClient.claims(token);
        assertEquals(tinAdmin.admin().userId(), claims.get("sub").asText());
        assertTrue(audience(claims).contains("tin-access-api"), claims.toString());
        assertEquals("tin-access-cli", claims.get("azp").asText());
        TinAccessApi.Answer tins = TinAccessApi.at(server, "/tins", token).get("");
        assertEquals(200, tins.status(), tins.toString());
        assertEquals(tinAdmin.tin(), tins.body().get(0).get("tin").asText());
    }

    @Test
    void theReadmeRecipeWorksAsWritten() throws Exception {
        ShellRecipe.requireTools("bash", "curl", "jq");
        String recipe = Readme.load("docs/api.md").section("Calling the API from a script").code("bash");

        try (ShellRecipe script = ShellRecipe.start(recipe, server)) {
            String link = script.awaitLine(Pattern.compile("^Open (\\S+) in a browser and sign in$"), Duration.ofSeconds(30));
            DevicePages.approveAt(server, link, tinAdmin.admin());
            String output = script.awaitSuccess(SIGN_IN_TIME);

            JsonNode tins = JSON.readTree(output.substring(output.indexOf('[')));
            assertEquals(tinAdmin.tin(), tins.get(0).get("tin").asText(), output);
            assertEquals("admin", tins.get(0).get("role").asText(), output);
        }
    }

    @Test
    void theClientTakesNoPasswordsNoCodeFlowAndHasNoServiceAccount() {
        TerminalClient.Answer password = TerminalClient.token(server, Map.of("grant_type", "password", "client_id", TerminalClient.CLIENT_ID,
                "username", tinAdmin.admin().email(), "password", PortalUsers.PASSWORD));
        assertNotEquals(200, password.status(), password.toString());
        assertEquals("unauthorized_client", password.error(), password.toString());

        TerminalClient.Answer serviceAccount = TerminalClient.token(server, Map.of("grant_type", "client_credentials",
                "client_id", TerminalClient.CLIENT_ID));
        assertNotEquals(200, serviceAccount.status(), serviceAccount.toString());

        WebSession.Page codeFlow = new WebSession(server.baseUrl()).get(server.realmUrl() + "/protocol/openid-connect/auth?client_id="
                + TerminalClient.CLIENT_ID + "&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%2F");
        assertTrue(codeFlow.document().selectFirst("#kc-form-login") == null, "no sign-in page for the code flow:\n" + codeFlow.body());
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList() : List.of(aud.asText());
    }
}
