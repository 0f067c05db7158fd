package org.tinaccess.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityImagesTest {

    private static final byte[] SECRET = "realm-secret-for-tests-0123456789".getBytes(StandardCharsets.UTF_8);

    @Test
    void atLeastSixteenImages() {
        assertTrue(SecurityImages.IDS.size() >= 16);
        assertEquals(SecurityImages.IDS.size(), new HashSet<>(SecurityImages.IDS).size());
    }

    @Test
    void theFakeImageOfAUsernameIsStableAndIgnoresCaseAndSpaces() {
        assertEquals(SecurityImages.fake(SECRET, "jane@clinic.org"), SecurityImages.fake(SECRET, " Jane@Clinic.ORG "));
    }

    @Test
    void theFakeImageDependsOnTheRealmSecret() {
        Set<SecurityImages.Shown> underOtherSecrets = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            underOtherSecrets.add(SecurityImages.fake(("secret-" + i).getBytes(StandardCharsets.UTF_8), "jane@clinic.org"));
        }
        assertTrue(underOtherSecrets.size() > 5, "without the secret the picture cannot be predicted");
    }

    @Test
    void fakeImagesSpreadOverTheWholeCatalogue() {
        Set<String> images = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            images.add(SecurityImages.fake(SECRET, "user" + i + "@x.org").imageId());
        }
        assertEquals(new HashSet<>(SecurityImages.IDS), images);
        assertNotEquals(SecurityImages.fake(SECRET, "a@x.org"), SecurityImages.fake(SECRET, "b@x.org"));
    }

    @Test
    void fakeCaptionsAreTheCaptionsPeopleChooseFromAndUseThemAll() {
        Set<String> captions = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            SecurityImages.Shown fake = SecurityImages.fake(SECRET, "user" + i + "@x.org");
            assertTrue(SecurityImages.isCaption(fake.caption()), fake.caption());
            captions.add(fake.caption());
        }
        assertEquals(new HashSet<>(SecurityImages.CAPTIONS), captions);
        assertEquals(SecurityImages.CAPTIONS.size(), new HashSet<>(SecurityImages.CAPTIONS).size(), "no caption twice");
    }

    @Test
    void nothingOutsideTheListsIsAnImageOrACaption() {
        assertTrue(!SecurityImages.isImage(null) && !SecurityImages.isImage("../../etc/passwd"));
        assertTrue(!SecurityImages.isCaption(null) && !SecurityImages.isCaption("Jane's boat"));
    }
}
