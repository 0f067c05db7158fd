package org.tinaccess.server;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Makes the mails Keycloak sends in development readable: each one caught by the local SMTP server
 * is written to a folder as {@code .eml} (opens in any mail client) and, when it has an HTML part,
 * as {@code .html} (opens in a browser), and announced on the console.
 */
final class MailFolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailFolder.class);

    private final GreenMail smtp;
    private final Path folder;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tin-access-mail-folder");
        thread.setDaemon(true);
        return thread;
    });
    private int saved;

    MailFolder(GreenMail smtp, Path folder) {
        this.smtp = smtp;
        this.folder = folder;
    }

    void start() throws IOException {
        Files.createDirectories(folder);
        poller.scheduleWithFixedDelay(this::saveNewMessages, 1, 1, TimeUnit.SECONDS);
    }

    private void saveNewMessages() {
        MimeMessage[] received = smtp.getReceivedMessages();
        for (; saved < received.length; saved++) {
            try {
                save(saved + 1, received[saved]);
            } catch (IOException | MessagingException e) {
                LOG.warnf("Could not save mail %d: %s", saved + 1, e.getMessage());
            }
        }
    }

    private void save(int number, MimeMessage message) throws IOException, MessagingException {
        String base = String.format("%03d-%s", number, slug(message.getSubject()));
        try (OutputStream out = Files.newOutputStream(folder.resolve(base + ".eml"))) {
            message.writeTo(out);
        }
        String html = htmlPart(message);
        Path shown = folder.resolve(base + (html == null ? ".eml" : ".html"));
        if (html != null) {
            Files.writeString(shown, html);
        }
        LOG.infof("Mail to %s: \"%s\" -> %s", Arrays.toString(message.getRecipients(Message.RecipientType.TO)),
                message.getSubject(), shown);
    }

    private static String htmlPart(Object content) throws IOException, MessagingException {
        if (content instanceof MimeMessage message) {
            return message.isMimeType("text/html") ? (String) message.getContent() : htmlPart(message.getContent());
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String html = part.isMimeType("text/html") ? (String) part.getContent() : htmlPart(part.getContent());
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static String slug(String subject) {
        String slug = subject == null ? "no-subject" : subject.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
