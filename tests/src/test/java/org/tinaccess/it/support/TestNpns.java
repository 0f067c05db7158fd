package org.tinaccess.it.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** National Producer Numbers (1 to 10 digits, no check digit) no other test of the run uses: agencies' and agents'. */
public final class TestNpns {

    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 900_000_000L));

    private TestNpns() {}

    public static String next() {
        return Long.toString(NEXT.getAndAdd(1 + ThreadLocalRandom.current().nextInt(1000)));
    }
}
