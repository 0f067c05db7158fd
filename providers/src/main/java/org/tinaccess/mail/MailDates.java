package org.tinaccess.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How mails and pages write a day or a moment for people in the US: "March 4, 2027", "March 4, 2027 at 9:30 AM EST". */
public final class MailDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a z", Locale.US);

    private MailDates() {}

    public static String day(long epochMillis) {
        return DAY.withZone(ZoneId.systemDefault()).format(Instant.ofEpochMilli(epochMillis));
    }

    public static String moment(long epochMillis) {
        return MOMENT.withZone(ZoneId.systemDefault()).format(Instant.ofEpochMilli(epochMillis));
    }
}
