package org.tinaccess.it.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.tinaccess.it.support.Concurrently;
import org.tinaccess.it.support.FactorHolders;
import org.tinaccess.it.support.FactorHolders.Factor;
import org.tinaccess.it.support.IntegrationTest;
import org.tinaccess.it.support.JoinPages;
import org.tinaccess.it.support.OnBothMinors;
import org.tinaccess.it.support.PortalUsers;
import org.tinaccess.it.support.Providers;
import org.tinaccess.it.support.RealmUsers;
import org.tinaccess.it.support.TinAccessApi;
import org.tinaccess.it.support.TinAccessServer;
import org.tinaccess.it.support.WebSession;

/**
 * Integrity of memberships under concurrency and hostile input: twenty simultaneous adds of one
 * person make one membership and one invitation (the primary key decides; every loser is told the
 * person is already a member), simultaneous different entitlement lists leave one of them whole, and every malformed
 * input answers a clear 4xx in the API's format rather than a 500 or the framework's 404.
 */
@OnBothMinors
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipIntegrityIT {

    private TinAccessServer server;
    private PortalUsers.TinAdmin provider;
    private TinAccessApi admin;

    @BeforeAll
    void aProvider(TinAccessServer server) {
        this.server = server;
        this.provider = PortalUsers.newTinAdmin(server, TinAccessApi.asNewReviewer(server));
        this.admin = TinAccessApi.at(server, "/tins", provider.admin().apiToken());
    }

    private String addBody(String email, String firstName, String lastName) {
        return "{\"email\":\"" + email + "\",\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\",\"entitlements\":[\"claims\"]}";
    }

    @Test
    void twentySimultaneousAddsOfANewPersonMakeOneMembershipAndOneInvitation() throws Exception {
        String email = RealmUsers.uniqueEmail("twenty");
        // Each contender names the person differently, so the account shows whose add won, whole.
        List<Callable<TinAccessApi.Answer>> adds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String lastName = "Twenty" + (char) ('a' + i);
            adds.add(() -> admin.post("/" + provider.tin() + "/members", addBody(email, "Pat", lastName)));
        }

        List<TinAccessApi.Answer> answers = Concurrently.run(adds);

        List<TinAccessApi.Answer> created = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertEquals(1, created.size(), answers.toString());
        answers.stream().filter(answer -> answer.status() != 201).forEach(answer -> assertAlreadyMember(answer));
        List<UserRepresentation> accounts = server.realm().users().searchByEmail(email, true);
        assertEquals(1, accounts.size(), "one account");
        int winner = answers.indexOf(created.get(0));
        assertEquals("Twenty" + (char) ('a' + winner), accounts.get(0).getLastName(), "the account is the winner's add, not a mix");
        assertEquals(1, admin.get("/" + provider.tin() + "/members?q=" + email).body().get("total").asInt(), "one membership");
        assertEquals(1, server.inbox().awaitMessagesTo(email, 1).size());
        assertEquals(1, server.inbox().messagesTo(email).size(), "one invitation mail");
    }

    @Test
    void twentySimultaneousInvitationsOfAnExistingAccountMakeOneInvitation() throws Exception {
        FactorHolders.Holder person = FactorHolders.create(server, Factor.APP);

        List<TinAccessApi.Answer> answers = Concurrently.repeat(20,
                () -> admin.post("/" + provider.tin() + "/members", addBody(person.email(), "Pat", "Existing")));

        assertEquals(1, answers.stream().filter(answer -> answer.status() == 201).count(), answers.toString());
        answers.stream().filter(answer -> answer.status() != 201).forEach(answer -> assertAlreadyMember(answer));
        assertEquals(1, server.inbox().awaitMessagesTo(person.email(), 1).size());
        assertEquals(1, server.inbox().messagesTo(person.email()).size(), "one invitation mail");
    }

    @Test
    void simultaneousEntitlementUpdatesWithDifferentListsEndInOneWholeListNeverAMixOrA500() throws Exception {
        String email = RealmUsers.uniqueEmail("entitled");
        String userId = admin.post("/" + provider.tin() + "/members", addBody(email, "Pat", "Entitled")).body().get("id").asText();
        String path = "/" + provider.tin() + "/members/" + userId + "/entitlements";
        // Lists that differ, so that a lost update or a mix of two writers shows in what is stored.
        List<List<String>> lists = List.of(List.of("claims"), List.of("eligibility"), List.of("claims", "eligibility"));
        List<Callable<TinAccessApi.Answer>> updates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<String> list = lists.get(i % lists.size());
            updates.add(() -> admin.put(path, "[" + String.join(",", list.stream().map(e -> "\"" + e + "\"").toList()) + "]"));
        }

        List<TinAccessApi.Answer> answers = Concurrently.run(updates);

        Set<Set<String>> accepted = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == 200) {
                accepted.add(Set.copyOf(lists.get(i % lists.size())));
            } else {
                assertEquals(409, answers.get(i).status(), answers.get(i).toString());
                assertEquals("changed_meanwhile", answers.get(i).body().path("error").asText(), answers.get(i).toString());
            }
        }
        assertFalse(accepted.isEmpty(), answers.toString());
        Set<String> stored = new HashSet<>();
        admin.get("/" + provider.tin() + "/members/" + userId).body().get("entitlements").forEach(e -> stored.add(e.asText()));
        assertTrue(accepted.contains(stored), "what is stored is one accepted list, whole: " + stored + " of " + accepted);
    }

    private static void assertAlreadyMember(TinAccessApi.Answer answer) {
        assertEquals(409, answer.status(), answer.toString());
        assertEquals("already_member", answer.body().path("error").asText(), answer.toString());
    }

    @Test
    void namesTheUserProfileRefusesAreRefusedFromTheApiAndTheJoinPage() {
        TinAccessApi.Answer refused = admin.post("/" + provider.tin() + "/members", addBody(RealmUsers.uniqueEmail("script"), "<script>", "Lee"));
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("invalid_firstName", refused.body().path("error").asText());

        String name = orgName();
        Map<String, String> values = JoinPages.requester(RealmUsers.uniqueEmail("joiner"));
        values.put("lastName", "Lee\nInjected: header");
        values.put("firstName", "<b>Pat</b>");
        JoinPages page = new JoinPages(server).searchByName(name).submit(values);
        assertEquals(400, page.page().status(), page.page().body());
        assertTrue(!page.fieldError("firstName").isEmpty(), "the first name's problem is told next to it");
        assertTrue(!page.fieldError("lastName").isEmpty(), "so is the last name's");
    }

    @Test
    void aJoinPostNamingAnotherRealmsOrganizationIsA400() {
        RealmRepresentation other = new RealmRepresentation();
        other.setRealm("elsewhere-" + UUID.randomUUID().toString().substring(0, 8));
        other.setEnabled(true);
        other.setOrganizationsEnabled(true);
        server.admin().realms().create(other);
        try {
            OrganizationRepresentation organization = new OrganizationRepresentation();
            organization.setName("Elsewhere Clinic");
            organization.setAlias("123456789");
            server.admin().realm(other.getRealm()).organizations().create(organization).close();
            String foreignId = server.admin().realm(other.getRealm()).organizations().getAll().get(0).getId();
            Map<String, String> values = JoinPages.requester(RealmUsers.uniqueEmail("foreign"));
            values.put("provider", foreignId);

            WebSession.Page page = new JoinPages(server).searchByName(orgName()).submit(values).page();

            assertEquals(400, page.status(), page.body());
        } finally {
            server.admin().realm(other.getRealm()).remove();
        }
    }

    @Test
    void pagingThatIsNotANumberIsA400InTheApisFormat() {
        TinAccessApi.Answer answer = admin.get("/" + provider.tin() + "/members?max=abc");
        assertEquals(400, answer.status(), answer.toString());
        assertEquals("invalid_paging", answer.body().path("error").asText());
    }

    private String orgName() {
        return Providers.ofTin(server, provider.tin()).getName();
    }
}
