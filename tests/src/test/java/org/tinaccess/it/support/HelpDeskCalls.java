package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The help desk's calls as an agent makes them: open a check, read the code the person got, type it. */
public final class HelpDeskCalls {

    private HelpDeskCalls() {}

    /** Opens a check by a code to {@code person}'s phone and types the code the phone got; answers the check's id. */
    public static String verifyByPhone(TinAccessServer server, TinAccessApi agent, FactorHolders.Holder person) {
        int before = codesSent(server, person);
        String checkId = openByPhone(agent, person.userId());
        TinAccessApi.Answer verified = agent.post("/checks/" + checkId + "/code", "{\"code\":\"" + nextCode(server, person, before) + "\"}");
        assertEquals(200, verified.status(), verified.toString());
        assertEquals("verified", verified.body().get("status").asText());
        return checkId;
    }

    /** Opens a check by a code to the phone on file of {@code userId}; answers the check's id. */
    public static String openByPhone(TinAccessApi agent, String userId) {
        TinAccessApi.Answer opened = agent.post("/people/" + userId + "/checks", "{\"method\":\"phone\"}");
        assertEquals(201, opened.status(), opened.toString());
        return opened.body().get("id").asText();
    }

    /** How many codes {@code person}'s phone got so far. */
    public static int codesSent(TinAccessServer server, FactorHolders.Holder person) {
        return server.phones().messagesTo(person.phone().e164()).size();
    }

    /** The code of the first message to {@code person}'s phone after the {@code before} it had. */
    public static String nextCode(TinAccessServer server, FactorHolders.Holder person, int before) {
        return server.phones().awaitMessage(person.phone().e164(), before + 1).code();
    }

    /** Opens a check through the admin of {@code tin}, who confirms it with {@code adminToken}; answers the check's id. */
    public static String verifyByAdmin(TinAccessServer server, TinAccessApi agent, String userId, String tin, String adminToken) {
        TinAccessApi.Answer opened = agent.post("/people/" + userId + "/checks", "{\"method\":\"admin\",\"tin\":\"" + tin + "\"}");
        assertEquals(201, opened.status(), opened.toString());
        String checkId = opened.body().get("id").asText();
        TinAccessApi.Answer confirmed = TinAccessApi.at(server, "/tins/help-desk", adminToken).post("/checks/" + checkId + "/confirm", null);
        assertEquals(204, confirmed.status(), confirmed.toString());
        return checkId;
    }
}
