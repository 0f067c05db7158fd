package org.tinaccess.it.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Words match across surfaces: where a mail sends people into the account console
 * ("open Provider access > Users"), the menu and page it names are the console's real entries, read
 * from the account theme's bundle, so renaming a menu entry without the mails fails here.
 */
class ConsoleWordsInMailsTest {

    /** "Menu entry > Page", the way the mails point into the console (both entries are two words or more). */
    private static final Pattern MENU_PATH = Pattern.compile("(\\S+ \\S+) > ([A-Z][A-Za-z ]+?)(?= in | by |\\.|,| to )");

    @Test
    void everyConsolePlaceAMailNamesIsARealMenuEntry() throws IOException {
        Properties mails = bundle("theme/tin-access/email/messages/messages_en.properties");
        Properties console = bundle("theme/tin-access/account/messages/messages_en.properties");
        List<String> pages = List.of(console.getProperty("tinAccessMyTins"), console.getProperty("tinAccessUsers"),
                console.getProperty("tinAccessJoinRequests"), console.getProperty("tinAccessReviewQueue"), console.getProperty("tinAccessMyRequests"),
                console.getProperty("tinAccessClientGrants"), console.getProperty("tinAccessClients"), console.getProperty("tinAccessAccessReview"));
        List<String> named = new ArrayList<>();

        for (String key : mails.stringPropertyNames()) {
            Matcher place = MENU_PATH.matcher(mails.getProperty(key));
            while (place.find()) {
                assertEquals(console.getProperty("tinAccessMenu"), place.group(1), key + " names a menu the console does not have");
                assertTrue(pages.contains(place.group(2)), key + " names a page the console does not have: " + place.group(2));
                named.add(place.group(2));
            }
        }

        assertFalse(named.isEmpty(), "the mails send people to the console by its menu");
    }

    private static Properties bundle(String path) throws IOException {
        try (InputStream in = ConsoleWordsInMailsTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
