package org.tinaccess.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid TINs no other test of the run uses (the EIN prefix 41 is valid; 7 random digits follow). */
public final class TestTins {

    private TestTins() {}

    public static String next() {
        return "41" + String.format("%07d", ThreadLocalRandom.current().nextInt(1, 9_999_999));
    }
}
