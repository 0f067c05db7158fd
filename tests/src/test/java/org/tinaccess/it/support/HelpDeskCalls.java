package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Element;

/** The help desk's calls as an agent makes them: open a check, read the code the person got, type it. */
public final class HelpDeskCalls {

    private HelpDeskCalls() {}

    /** Opens a check by e-mail code for {@code userId} and types the code from the newest code mail to {@code email}; answers the check's id. */
    public static String verifyByEmail(TinAccessServer server, TinAccessApi agent, String userId, String email) {
        int codesBefore = codeMails(server, email).size();
        TinAccessApi.Answer opened = agent.post("/people/" + userId + "/checks", "{\"method\":\"email\"}");
        assertEquals(201, opened.status(), opened.toString());
        String checkId = opened.body().get("id").asText();
        TinAccessApi.Answer verified = agent.post("/checks/" + checkId + "/code", "{\"code\":\"" + newestCode(server, email, codesBefore) + "\"}");
        assertEquals(200, verified.status(), verified.toString());
        assertEquals("verified", verified.body().get("status").asText());
        return checkId;
    }

    /** The code of the newest help-desk code mail to {@code email}, once there are more than {@code before}. */
    public static String newestCode(TinAccessServer server, String email, int before) {
        List<MimeMessage> mails = Await.until("a help-desk code mail to " + email, Duration.ofSeconds(30), () -> codeMails(server, email),
                found -> found.size() > before);
        Element code = Mails.html(mails.get(mails.size() - 1)).selectFirst("#help-desk-code");
        assertNotNull(code, Mails.text(mails.get(mails.size() - 1)));
        return code.text().strip();
    }

    public static List<MimeMessage> codeMails(TinAccessServer server, String email) {
        return server.inbox().messagesTo(email).stream().filter(mail -> Mails.subject(mail).contains("help desk code")).toList();
    }
}
