package org.tinaccess.it.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Phone numbers no other test uses, and enrolling one through the MFA chooser. */
public final class TestPhones {

    private TestPhones() {}

    /** A US number as a person types it and as E.164. */
    public record Phone(String typed, String e164) {

        /** A number in a US area code (715, Wisconsin) no other test of this run uses. */
        public static Phone next() {
            return in("715");
        }

        /** A random number in {@code areaCode}. */
        public static Phone in(String areaCode) {
            int exchange = ThreadLocalRandom.current().nextInt(200, 1000);
            int line = ThreadLocalRandom.current().nextInt(0, 10000);
            return new Phone(String.format("(%s) %03d-%04d", areaCode, exchange, line), String.format("+1%s%03d%04d", areaCode, exchange, line));
        }
    }

    /** On the MFA chooser: picks {@code method} (sms or voice) and types {@code phone}; returns the page after "Send code". */
    public static WebSession.Page requestCode(WebSession browser, WebSession.Page chooser, String method, Phone phone) {
        WebSession.Page numberPage = browser.submit(chooser.form("#ta-mfa-enroll"), Map.of("method", method), Set.of("recoveryCodes"));
        return browser.submit(numberPage.form("#ta-mfa-phone"), Map.of("phone", phone.typed(), "send", ""));
    }

    /** On the MFA chooser: enrols {@code phone} for {@code method} with the code the gateway received; returns the page after. */
    public static WebSession.Page enrol(TinAccessServer server, WebSession browser, WebSession.Page chooser, String method, Phone phone) {
        int before = server.phones().messagesTo(phone.e164()).size();
        WebSession.Page codePage = requestCode(browser, chooser, method, phone);
        PhoneGateway.Message sent = server.phones().awaitMessage(phone.e164(), before + 1);
        return browser.submit(codePage.form("#ta-mfa-phone"), Map.of("code", sent.code(), "verify", ""));
    }
}
