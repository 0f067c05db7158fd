package org.tinaccess.letter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.net.SignedPost;
import org.tinaccess.testing.HttpDouble;
import org.tinaccess.testing.MapScope;

class LetterSendersTest {

    private static final Letter LETTER = new Letter("AR-ABCD-EFGH-4567",
            new AddressOfRecord("Northwoods Clinic", "100 Main St", null, "Wausau", "WI", "54401"), "%PDF-1.4 test".getBytes(StandardCharsets.ISO_8859_1));

    @Test
    void theFileSenderWritesOnePdfPerLetterIntoItsFolder(@TempDir Path folder) throws Exception {
        FileLetterSender sender = new FileLetterSender();
        sender.init(new MapScope().with("directory", folder.resolve("letters").toString()));

        sender.send(LETTER);
        sender.send(new Letter("AR-OTHER-0001", LETTER.to(), LETTER.pdf()));

        try (Stream<Path> files = Files.list(folder.resolve("letters"))) {
            List<Path> letters = files.sorted().toList();
            assertEquals(2, letters.size());
            assertArrayEquals(LETTER.pdf(), Files.readAllBytes(letters.stream().filter(p -> p.toString().contains("AR-ABCD")).findFirst().orElseThrow()));
        }
    }

    @Test
    void theHttpSenderPostsTheAddressAndPdfSigned() throws Exception {
        try (HttpDouble service = new HttpDouble(202)) {
            new HttpLetterSender(service.uri("/letters"), new SignedPost("k3y", Duration.ofSeconds(2))).send(LETTER);

            HttpDouble.Request request = service.requests.get(0);
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertEquals("AR-ABCD-EFGH-4567", body.get("reference").asText());
            assertEquals("Wausau", body.get("to").get("city").asText());
            assertArrayEquals(LETTER.pdf(), Base64.getDecoder().decode(body.get("pdf").asText()));
            assertEquals(SignedPost.signature("k3y", request.header(SignedPost.TIMESTAMP), request.body()), request.header(SignedPost.SIGNATURE));
        }
    }

    @Test
    void aRefusingOrSilentServiceIsAFailure() throws Exception {
        try (HttpDouble service = new HttpDouble(500)) {
            assertThrows(LetterSender.LetterSendException.class,
                    () -> new HttpLetterSender(service.uri("/letters"), new SignedPost("k3y", Duration.ofSeconds(2))).send(LETTER));
        }
        try (HttpDouble slow = new HttpDouble(202).slow(Duration.ofSeconds(3))) {
            LetterSender.LetterSendException failure = assertThrows(LetterSender.LetterSendException.class,
                    () -> new HttpLetterSender(slow.uri("/letters"), new SignedPost("k3y", Duration.ofMillis(300))).send(LETTER));
            assertFalse(failure.getMessage().contains("%PDF"));
        }
    }
}
