package org.tinaccess.accessreview;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An access review's outcome as a CSV file the plan keeps as evidence: one line per person, with the
 * review's own facts repeated on each so a line stands on its own in a spreadsheet. Times are UTC
 * (ISO-8601). A cell that a spreadsheet would read as a formula is written as text.
 */
final class AccessReviewEvidence {

    static final List<String> HEADER = List.of("review_id", "tin", "provider", "started_at", "started_by", "due_at", "closed_at", "kind",
            "user_id", "grant_id", "name", "email", "role", "entitlements", "npis", "decision", "decided_by", "decided_at");

    private AccessReviewEvidence() {}

    static String csv(AccessReviewView review) {
        StringBuilder out = new StringBuilder(line(HEADER.stream()));
        for (AccessReviewView.Item item : review.items()) {
            String decision = item.decision() == null ? "undecided" : item.decision();
            String decidedBy = item.decidedBy() == null && item.decision() != null ? "deadline" : item.decidedBy();
            out.append(line(Stream.of(review.id(), review.tin(), review.provider(), time(review.startedAt()),
                    review.startedBy() == null ? "schedule" : review.startedBy(), time(review.dueAt()), time(review.closedAt()), item.kind(),
                    item.userId(), item.grantId(), item.name(), item.email(), item.role(), String.join(";", item.entitlements()),
                    String.join(";", item.npis()), decision, decidedBy, time(item.decidedAt()))));
        }
        return out.toString();
    }

    private static String time(Long millis) {
        return millis == null ? "" : Instant.ofEpochMilli(millis).toString();
    }

    private static String line(Stream<String> cells) {
        return cells.map(AccessReviewEvidence::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
