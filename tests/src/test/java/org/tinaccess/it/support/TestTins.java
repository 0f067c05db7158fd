package org.tinaccess.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid TINs no other test of the run uses (the EIN prefix 41 is valid; 7 random digits follow). */
public final class TestTins {

    private TestTins() {}

    public static String next() {
        return "41" + String.format("%07d", ThreadLocalRandom.current().nextInt(1, 9_999_999));
    }

    /**
     * An SSN no EIN could be (area 070-099: the EIN prefixes 07, 08 and 09 are never issued), group
     * and serial never zero, as a sole proprietor would type it: 078-12-3456.
     */
    public static String nextSsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03d-%02d-%04d", random.nextInt(70, 100), random.nextInt(1, 100), random.nextInt(1, 10_000));
    }
}
