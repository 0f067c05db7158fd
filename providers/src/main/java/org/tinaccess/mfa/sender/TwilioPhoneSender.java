package org.tinaccess.mfa.sender;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Twilio: SMS through the Messages API, voice through the Calls API with inline TwiML that reads
 * the code out twice, digit by digit.
 */
public class TwilioPhoneSender implements PhoneSender {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI apiBase;
    private final String accountSid;
    private final String authToken;
    private final String from;

    public TwilioPhoneSender(URI apiBase, String accountSid, String authToken, String from) {
        this.apiBase = apiBase;
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.from = from;
    }

    @Override
    public void send(PhoneMessage message) throws PhoneSendException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.to());
        form.put("From", from);
        String resource;
        if (message.channel() == PhoneChannel.SMS) {
            resource = "Messages.json";
            form.put("Body", message.text());
        } else {
            resource = "Calls.json";
            form.put("Twiml", twiml(message));
        }
        URI uri = apiBase.resolve("/2010-04-01/Accounts/" + accountSid + "/" + resource);
        String credentials = Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        try {
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new PhoneSendException("Twilio answered " + response.statusCode() + " for " + resource);
            }
        } catch (IOException e) {
            throw new PhoneSendException("Twilio unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhoneSendException("Interrupted while sending", e);
        }
    }

    /** Digits separated by ", " make the voice read them one at a time. */
    static String twiml(PhoneMessage message) {
        String spoken = String.join(", ", message.code().split(""));
        String sentence = "Your Provider Portal verification code is " + spoken + ".";
        return "<Response><Say>" + sentence + "</Say><Pause length=\"1\"/><Say>" + sentence + "</Say></Response>";
    }
}
