package org.tinaccess.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.tinaccess.server.MailFolder;

/**
 * The realm's SMTP server during the tests: a real GreenMail server in the test JVM that the realm
 * (via realm-config's TA_SMTP_* placeholders) sends to.
 */
public final class Inbox implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final GreenMail greenMail;
    private final MailFolder mailFolder;

    private Inbox(GreenMail greenMail, MailFolder mailFolder) {
        this.greenMail = greenMail;
        this.mailFolder = mailFolder;
    }

    /** A fresh SMTP server on {@code port} that also files every mail in {@code folder}, as the run command does. */
    static Inbox start(int port, Path folder) {
        // Bound to all interfaces so a container backend can reach it through the host gateway.
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            deleteMails(folder);
            return new Inbox(greenMail, MailFolder.attach(greenMail, folder));
        } catch (IOException e) {
            greenMail.stop();
            throw new UncheckedIOException(e);
        }
    }

    /** This run's mails only: the folder of an earlier run is emptied first. */
    private static void deleteMails(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The folder every mail is also written to, as the run command's server/target/mail/. */
    public Path mailFolder() {
        return mailFolder.folder();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Waits for the first message to {@code address}; fails after 30 s. */
    public MimeMessage awaitMessageTo(String address) {
        return awaitMessagesTo(address, 1).get(0);
    }

    /** Waits until {@code address} has received {@code count} messages and returns them, oldest first. */
    public List<MimeMessage> awaitMessagesTo(String address, int count) {
        Instant deadline = Instant.now().plus(WAIT);
        List<MimeMessage> found = messagesTo(address);
        while (found.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " mail(s) to " + address + " within " + WAIT + ", got " + found.size());
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
            found = messagesTo(address);
        }
        return found;
    }

    /** Waits for a message to {@code address} whose subject contains {@code words}; fails after 30 s. */
    public MimeMessage awaitMessageTo(String address, String words) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            for (MimeMessage message : messagesTo(address)) {
                if (Mails.subject(message).contains(words)) {
                    return message;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail to " + address + " with \"" + words + "\" in its subject within " + WAIT);
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
    }

    /** How many mails the server has sent in this run, to anyone. */
    public int received() {
        return greenMail.getReceivedMessages().length;
    }

    public List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        mailFolder.close();
        greenMail.stop();
    }
}
