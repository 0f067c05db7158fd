package org.tinaccess.it.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid Type 2 NPIs (they start with 1 or 2; the tenth digit is the CMS Luhn check digit) for a test's own provider. */
public final class TestNpis {

    private TestNpis() {}

    public static String next() {
        String payload = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(0, 100_000_000));
        return payload + checkDigit("80840" + payload);
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
