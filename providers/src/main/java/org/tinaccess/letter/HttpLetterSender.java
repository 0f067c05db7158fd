package org.tinaccess.letter;

import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tinaccess.net.SignedPost;

/**
 * A print-and-mail service's webhook: a signed JSON POST ({@link SignedPost}) of
 * {@code {"reference", "to": {"name","line1","line2","city","state","zip"}, "pdf": base64}}; any 2xx
 * means the service took the letter.
 */
public class HttpLetterSender implements LetterSender {

    private final URI url;
    private final SignedPost post;

    public HttpLetterSender(URI url, SignedPost post) {
        this.url = url;
        this.post = post;
    }

    @Override
    public void send(Letter letter) throws LetterSendException {
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("name", letter.to().name());
        to.put("line1", letter.to().line1());
        to.put("line2", letter.to().line2());
        to.put("city", letter.to().city());
        to.put("state", letter.to().state());
        to.put("zip", letter.to().zip());
        Map<String, Object> payload = Map.of("reference", letter.reference(), "to", to, "pdf", Base64.getEncoder().encodeToString(letter.pdf()));
        try {
            SignedPost.Answer answer = post.post(url, payload);
            if (!answer.ok()) {
                throw new LetterSendException("The letter service answered " + answer.status() + " for " + letter.reference());
            }
        } catch (IOException e) {
            throw new LetterSendException("The letter service did not answer for " + letter.reference(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LetterSendException("Interrupted while sending " + letter.reference(), e);
        }
    }
}
