package org.tinaccess.server;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
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
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Makes the mails Keycloak sends in development readable: each one caught by the local SMTP server
 * is written to a folder as {@code .eml} (opens in any mail client) and, when it has an HTML part,
 * as {@code .html} (opens in a browser), and announced on the console.
 *
 * <p>Mails are taken as GreenMail delivers them, not read back from its mailboxes: those are kept
 * per address, so no listing of them is in arrival order, and a mail to two people sits in both.
 * The folder numbers mails as they arrive and saves each SMTP message once (one Message-ID, one file).
 */
public final class MailFolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailFolder.class);
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)-.*\\.eml");

    private final Path folder;
    private final UserManager users;
    private final MessageDeliveryHandler mailboxes;
    private final Set<String> savedMessageIds = new HashSet<>();
    private int saved;

    private MailFolder(Path folder, UserManager users, int saved) {
        this.folder = folder;
        this.users = users;
        this.mailboxes = users.getMessageDeliveryHandler();
        this.saved = saved;
    }

    /** Saves every mail {@code smtp} receives from now on into {@code folder}; call after {@code smtp.start()}. */
    public static MailFolder attach(GreenMail smtp, Path folder) throws IOException {
        Files.createDirectories(folder);
        MailFolder mailFolder = new MailFolder(folder, smtp.getUserManager(), highestNumberIn(folder));
        // GreenMail asks this handler for the mailbox of each recipient of each message it accepts,
        // in the SMTP session's thread, before it answers the client: arrival order, nothing skipped.
        mailFolder.users.setMessageDeliveryHandler((message, recipient) -> {
            mailFolder.arrived(message.getMessage());
            return mailFolder.mailboxes.handle(message, recipient);
        });
        return mailFolder;
    }

    public Path folder() {
        return folder;
    }

    /** A restarted run command numbers on after the mails of earlier runs, so the newest file sorts last. */
    private static int highestNumberIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> NUMBERED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(number -> Integer.parseInt(number.group(1)))
                    .max()
                    .orElse(0);
        }
    }

    private synchronized void arrived(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null && !savedMessageIds.add(id)) {
                return;
            }
            saved++;
            save(saved, message);
        } catch (IOException | MessagingException e) {
            // The mailbox still gets the mail; only the copy in the folder is missing.
            LOG.warnf("Could not save mail %d: %s", saved, e.getMessage());
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

    /** Gives GreenMail back its own delivery: later mails go to the mailboxes only. */
    @Override
    public void close() {
        users.setMessageDeliveryHandler(mailboxes);
    }
}
