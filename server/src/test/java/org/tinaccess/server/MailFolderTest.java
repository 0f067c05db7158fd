package org.tinaccess.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's mail folder against a real SMTP server: GreenMail keeps one mailbox per
 * address, so mails to several people arrive in an order no mailbox listing shows; the folder
 * must still get each of them once, numbered as they arrived.
 */
class MailFolderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private GreenMail smtp;
    private MailFolder mailFolder;

    @BeforeEach
    void startSmtpWithMailFolder() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        mailFolder = MailFolder.attach(smtp, folder);
    }

    @AfterEach
    void stop() {
        mailFolder.close();
        smtp.stop();
    }

    @Test
    void mailsToSeveralMailboxesInInterleavedOrderEachLandOnceInArrivalOrder() throws Exception {
        List<String> recipients = List.of("carol@clinic.test", "alice@clinic.test", "bob@clinic.test", "alice@clinic.test",
                "dave@clinic.test", "carol@clinic.test", "bob@clinic.test", "alice@clinic.test");
        for (int i = 0; i < recipients.size(); i++) {
            send(List.of(recipients.get(i)), "Mail " + (i + 1));
        }

        List<Path> saved = awaitSaved(recipients.size());
        for (int i = 0; i < recipients.size(); i++) {
            MimeMessage message = read(saved.get(i));
            assertEquals(String.format("%03d-mail-%d.eml", i + 1, i + 1), saved.get(i).getFileName().toString());
            assertEquals("Mail " + (i + 1), message.getSubject());
            assertEquals(recipients.get(i), message.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        assertEquals(recipients.size(), saved.stream().map(MailFolderTest::messageId).distinct().count(), "no Message-ID twice");
    }

    @Test
    void aMailToTwoPeopleLandsOnce() throws Exception {
        send(List.of("erin@clinic.test", "frank@clinic.test"), "For both");
        send(List.of("erin@clinic.test"), "After");

        List<Path> saved = awaitSaved(2);
        assertEquals(List.of("001-for-both.eml", "002-after.eml"), saved.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void afterARestartNumbersGoOnFromTheMailsAlreadyInTheFolder() throws Exception {
        send(List.of("hal@clinic.test"), "Before restart");
        awaitSaved(1);
        mailFolder.close();
        smtp.stop();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        mailFolder = MailFolder.attach(smtp, folder);

        send(List.of("hal@clinic.test"), "After restart");

        assertEquals(List.of("001-before-restart.eml", "002-after-restart.eml"),
                awaitSaved(2).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aMailWithAnHtmlPartIsAlsoSavedAsAPage() throws Exception {
        MimeMessage message = new MimeMessage(session());
        message.setFrom("no-reply@provider-portal.test");
        message.setRecipients(Message.RecipientType.TO, "gina@clinic.test");
        message.setSubject("Activate your account");
        message.setContent("<p><a id=\"activate-account\" href=\"http://localhost/activate\">Activate Account</a></p>", "text/html; charset=UTF-8");
        Transport.send(message);

        awaitSaved(1);
        String page = Files.readString(folder.resolve("001-activate-your-account.html"));
        assertEquals(true, page.contains("id=\"activate-account\""), page);
    }

    private void send(List<String> to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom("no-reply@provider-portal.test");
        message.setRecipients(Message.RecipientType.TO, String.join(",", to));
        message.setSubject(subject);
        message.setText("Hello");
        Transport.send(message);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        return Session.getInstance(properties);
    }

    /** The folder's .eml files in name order, once there are {@code count} of them (and never more). */
    private List<Path> awaitSaved(int count) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<Path> saved = emlFiles();
        while (saved.size() < count && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(100);
            saved = emlFiles();
        }
        assertEquals(count, saved.size(), "mail files: " + saved);
        return saved;
    }

    private List<Path> emlFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static MimeMessage read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(null, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(Path eml) {
        try {
            return read(eml).getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
