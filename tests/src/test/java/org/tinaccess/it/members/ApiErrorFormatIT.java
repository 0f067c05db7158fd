package org.tinaccess.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TestTins;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;

/**
 * What the framework would answer on its own (a wrong method, an unknown path, a Content-Type or
 * Accept the resource did not declare) is answered in the API's format, {"error", "message"}, as
 * JSON, with a clear 4xx, or the call simply works.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorFormatIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TinAccessServer server;
    private PortalUsers.TinAdmin provider;

    /** Status, Allow header, Content-Type and the body read as JSON. */
    private record Reply(int status, String allow, String type, JsonNode body) {}

    @BeforeAll
    void aProvider(TinAccessServer server) {
        this.server = server;
        this.provider = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
    }

    private Reply call(String method, String path, String contentType, String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.realmUrl() + "/tin-access" + path))
                .header("Authorization", "Bearer " + provider.admin().apiToken())
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Allow").orElse(""),
                    response.headers().firstValue("Content-Type").orElse(""), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMethodAPathDoesNotTakeIsA405InTheApisFormatWithAllow() {
        for (String[] wrong : new String[][] {{"PATCH", "/tins/" + provider.tin() + "/members"}, {"GET", "/tins/" + provider.tin() + "/members/x/suspend"},
                {"DELETE", "/admin-requests"}, {"PUT", "/tins"}, {"POST", "/config"}}) {
            Reply reply = call(wrong[0], wrong[1], null, "application/json", null);

            assertEquals(405, reply.status(), wrong[0] + " " + wrong[1] + ": " + reply);
            assertEquals("method_not_allowed", reply.body().path("error").asText());
            assertTrue(!reply.body().path("message").asText().isBlank(), reply.toString());
            assertTrue(!reply.allow().isBlank(), "Allow names what the path takes: " + reply);
        }
    }

    @Test
    void anUnknownPathIsA404InTheApisFormat() {
        Reply reply = call("GET", "/tins/" + provider.tin() + "/nothing-here", null, "application/json", null);

        assertEquals(404, reply.status());
        assertEquals("not_found", reply.body().path("error").asText());
    }

    @Test
    void aJsonBodyIsReadWhateverItsContentTypeAndAnythingElseIs400() {
        String member = "{\"email\":\"" + RealmUsers.uniqueEmail("typed") + "\",\"firstName\":\"Pat\",\"lastName\":\"Typed\",\"entitlements\":[]}";

        assertEquals(201, call("POST", "/tins/" + provider.tin() + "/members", "text/plain", "application/json", member).status());
        Reply xml = call("POST", "/tins/" + provider.tin() + "/members", "application/xml", "application/json", "<member/>");
        assertEquals(400, xml.status());
        assertEquals("invalid_json", xml.body().path("error").asText());
        // Answers are JSON whatever Accept asks for: no 406, as docs/api.md says.
        Reply asHtml = call("GET", "/tins/" + provider.tin() + "/members", null, "text/html", null);
        assertEquals(200, asHtml.status());
        assertTrue(asHtml.type().startsWith("application/json"), asHtml.type());
    }

    @Test
    void aBodyLargerThanAnyTheApiTakesIs413AndChangesNothing() {
        String email = RealmUsers.uniqueEmail("padded");
        String padded = "{\"email\":\"" + email + "\",\"firstName\":\"Pat\",\"lastName\":\"" + "x".repeat(3 * 1024 * 1024)
                + "\",\"entitlements\":[]}";

        Reply refused = call("POST", "/tins/" + provider.tin() + "/members", "application/json", "application/json", padded);

        assertEquals(413, refused.status());
        assertEquals("too_large", refused.body().path("error").asText());
        assertTrue(server.realm().users().searchByEmail(email, true).isEmpty(), "no account was made");
    }

    @Test
    void anHtmlAcceptStillGetsTheApisJsonAnswersAndRefusals() {
        Reply mine = call("GET", "/tins", null, "text/html", null);
        Reply refused = call("GET", "/tins/" + TestTins.next() + "/members", null, "text/html", null);

        assertEquals(200, mine.status());
        assertTrue(mine.type().startsWith("application/json"), mine.type());
        assertTrue(mine.body().isArray());
        assertEquals(403, refused.status());
        assertTrue(refused.type().startsWith("application/json"), refused.type());
        assertEquals("forbidden", refused.body().path("error").asText());
    }
}
