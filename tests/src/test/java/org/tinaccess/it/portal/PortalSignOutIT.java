package org.tinaccess.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.UserSessionRepresentation;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalClient;
import org.tinaccess.it.support.PortalSignIns;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TestNpis;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * A change that takes access away reaches the example portal at once: Keycloak's back-channel
 * logout ends the person's sign-in there within two seconds of the TIN admin's call, and their next
 * sign-in (no password: the realm session stays) reads the narrowed claim. A portal client without a
 * back-channel logout URL keeps its session and reads the change at its next refresh. Access that
 * grows ends nothing, and a logout token the realm did not sign ends nothing.
 */
@IntegrationTest
@OnBothMinors
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSignOutIT {

    /** From the admin's call to the portal refusing the old sign-in. */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    private TinAccessServer server;
    private TinAccessApi reviewer;
    private String npi;
    private PortalUsers.TinAdmin tinAdmin;
    private TinAccessApi admin;

    @BeforeAll
    void anActivatedTinAdmin(TinAccessServer server) {
        this.server = server;
        this.reviewer = TinAccessApi.asNewReviewer(server);
        this.npi = TestNpis.next();
        this.tinAdmin = PortalUsers.newTinAdmin(server, reviewer, List.of(npi));
        this.admin = TinAccessApi.at(server, "/tins/" + tinAdmin.tin(), tinAdmin.admin().apiToken());
    }

    private PortalSignIns.Member signedInMember(String entitlements) {
        return PortalSignIns.newMember(server, tinAdmin, entitlements);
    }

    @Test
    void suspendingAMemberEndsTheirPortalSignInAtOnceWhileAPortalWithoutTheUrlReadsItAtItsNextRefresh() {
        PortalSignIns.Member member = signedInMember("[\"claims\"]");

        JsonNode portalTokens = portalTokens(member);

        Instant asked = Instant.now();
        TinAccessApi.Answer suspended = admin.post("/members/" + member.userId() + "/suspend", null);
        assertEquals(200, suspended.status(), suspended.toString());
        assertTrue(member.awaitSignedOut(asked, AT_ONCE).compareTo(AT_ONCE) <= 0);
        assertEquals(400, PortalClient.refresh(server.realmUrl(), portalTokens.get("refresh_token").asText()).getKey(),
                "the portal's own refresh token stops working");

        assertEquals(List.of(), member.tinsAfterSigningInAgain(), "the suspended TIN is gone from the new sign-in");
        assertNull(PortalUsers.refreshedTins(server, member.elsewhere()).get(tinAdmin.tin()), "the other portal's refresh works, without the TIN");
    }

    @Test
    void anEntitlementAddedEndsNothingAndOneTakenAwayEndsThePortalSignIn() {
        PortalSignIns.Member member = signedInMember("[\"claims\"]");
        String entitlements = "/members/" + member.userId() + "/entitlements";

        assertEquals(200, admin.put(entitlements, "[\"claims\",\"eligibility\"]").status());
        assertNotNull(member.home().document().selectFirst("#tins"), "access that grows leaves the sign-in alone");

        Instant asked = Instant.now();
        assertEquals(200, admin.put(entitlements, "[\"eligibility\"]").status());
        member.awaitSignedOut(asked, AT_ONCE);
        assertEquals(List.of(masked(tinAdmin.tin()), "User", "eligibility"), member.tinsAfterSigningInAgain());
    }

    @Test
    void removingOneMemberAndLimitingAnotherToAnNpiEndEachOnesPortalSignIn() {
        PortalSignIns.Member removed = signedInMember("[\"claims\"]");
        PortalSignIns.Member limited = signedInMember("[\"claims\"]");

        Instant asked = Instant.now();
        assertEquals(204, admin.delete("/members/" + removed.userId()).status());
        removed.awaitSignedOut(asked, AT_ONCE);
        assertNotNull(limited.home().document().selectFirst("#tins"), "another member's sign-in stays");
        asked = Instant.now();
        assertEquals(200, admin.put("/members/" + limited.userId() + "/npis", "[\"" + npi + "\"]").status());
        limited.awaitSignedOut(asked, AT_ONCE);

        assertEquals(List.of(), removed.tinsAfterSigningInAgain());
        assertEquals(List.of(masked(tinAdmin.tin()), "User", "claims"), limited.tinsAfterSigningInAgain());
    }

    @Test
    void handingTheAdminRoleOverEndsTheFormerAdminsPortalSignIn() {
        PortalUsers.TinAdmin handingOver = PortalUsers.newTinAdmin(server, reviewer);
        PortalSignIns.Member successor = PortalSignIns.newMember(server, handingOver, "[]");
        PortalSignIns.Member formerAdmin = PortalSignIns.signIn(server, handingOver.admin());

        Instant asked = Instant.now();
        TinAccessApi.Answer moved = TinAccessApi.at(server, "/tins/" + handingOver.tin(), handingOver.admin().apiToken())
                .post("/admin/transfer", "{\"userId\":\"" + successor.userId() + "\"}");
        assertEquals(200, moved.status(), moved.toString());
        formerAdmin.awaitSignedOut(asked, AT_ONCE);
        assertNotNull(successor.home().document().selectFirst("#tins"), "the new admin's access grew: their sign-in stays");

        List<String> again = formerAdmin.tinsAfterSigningInAgain();
        assertEquals("User", again.get(1), again.toString());
    }

    @Test
    void aLogoutTokenTheRealmDidNotSignEndsNothing() throws Exception {
        PortalSignIns.Member member = signedInMember("[\"claims\"]");
        String realmSession = server.realm().users().get(member.userId()).getUserSessions().stream()
                .filter(session -> session.getClients().containsValue(PortalClient.CLIENT_ID))
                .map(UserSessionRepresentation::getId)
                .findFirst().orElseThrow(() -> new AssertionError("no realm session with the portal"));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(server.realmUrl())
                .audience(PortalClient.CLIENT_ID)
                .subject(member.userId())
                .claim("sid", realmSession)
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(60)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        RSAKey notTheRealms = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        SignedJWT signedByAnother = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("logout+jwt"))
                .keyID(notTheRealms.getKeyID()).build(), claims);
        signedByAnother.sign(new RSASSASigner(notTheRealms));

        assertEquals(400, postLogoutToken(signedByAnother.serialize()));
        assertEquals(400, postLogoutToken(realmSignedIdToken(member)), "an ID token the realm signed for the portal is no logout token");
        assertEquals(400, postLogoutToken(new PlainJWT(claims).serialize()), "an unsigned token");
        assertEquals(400, postLogoutToken(""));
        assertNotNull(member.home().document().selectFirst("#tins"), "still signed in");
    }

    /** An ID token of the portal's client for the member, from a sign-in the test completes itself (single sign-on). */
    private String realmSignedIdToken(PortalSignIns.Member member) {
        return portalTokens(member).get("id_token").asText();
    }

    /** Tokens of the portal's client for the member, as the portal gets them, from a sign-in the test completes itself (single sign-on). */
    private JsonNode portalTokens(PortalSignIns.Member member) {
        PortalClient portal = new PortalClient(server);
        WebSession.Page landed = member.browser().get(portal.authorizationUrl());
        URI callback = landed.hops().stream().filter(hop -> hop.toString().startsWith(server.portalUrl() + "/callback?"))
                .findFirst().orElseThrow(() -> new AssertionError("no callback among " + landed.hops()));
        return portal.exchange(callback);
    }


    private int postLogoutToken(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.portalUrl() + "/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** How the portal shows a TIN to its users (whole to its admin only). */
    private static String masked(String tin) {
        return "**-***" + tin.substring(5);
    }
}
