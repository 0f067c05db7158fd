package org.tinaccess.mfa.sender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tinaccess.testing.HttpDouble;

class TwilioPhoneSenderTest {

    @Test
    void textMessagesGoToTheMessagesApiWithBasicAuth() throws Exception {
        try (HttpDouble twilio = new HttpDouble(201)) {
            new TwilioPhoneSender(twilio.uri("/"), "AC123", "token", "+17155550100")
                    .send(new PhoneMessage(PhoneChannel.SMS, "+17155550123", "135790", "Your code is 135790."));

            HttpDouble.Request request = twilio.requests.get(0);
            assertEquals("/2010-04-01/Accounts/AC123/Messages.json", request.path());
            assertEquals("Basic " + Base64.getEncoder().encodeToString("AC123:token".getBytes(StandardCharsets.UTF_8)),
                    request.headers().get("Authorization").get(0));
            String form = URLDecoder.decode(request.body(), StandardCharsets.UTF_8);
            assertTrue(form.contains("To=+17155550123"), form);
            assertTrue(form.contains("From=+17155550100"), form);
            assertTrue(form.contains("Body=Your code is 135790."), form);
        }
    }

    @Test
    void voiceCallsGoToTheCallsApiWithTwimlThatSaysTheDigits() throws Exception {
        try (HttpDouble twilio = new HttpDouble(201)) {
            new TwilioPhoneSender(twilio.uri("/"), "AC123", "token", "+17155550100")
                    .send(new PhoneMessage(PhoneChannel.VOICE, "+17155550123", "135790", "ignored for voice"));

            HttpDouble.Request request = twilio.requests.get(0);
            assertEquals("/2010-04-01/Accounts/AC123/Calls.json", request.path());
            String form = URLDecoder.decode(request.body(), StandardCharsets.UTF_8);
            assertTrue(form.contains("Twiml=<Response><Say>Your Provider Portal verification code is 1, 3, 5, 7, 9, 0.</Say>"), form);
        }
    }

    @Test
    void anErrorAnswerIsAFailure() throws Exception {
        try (HttpDouble twilio = new HttpDouble(401)) {
            assertThrows(PhoneSendException.class, () -> new TwilioPhoneSender(twilio.uri("/"), "AC123", "bad", "+17155550100")
                    .send(new PhoneMessage(PhoneChannel.SMS, "+17155550123", "135790", "x")));
        }
    }
}
