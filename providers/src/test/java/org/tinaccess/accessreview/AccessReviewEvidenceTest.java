package org.tinaccess.accessreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessReviewEvidenceTest {

    @Test
    void oneLinePerPersonWithTheReviewsFactsOnEachAndTheDeadlineNamedAsTheDecider() {
        AccessReviewView review = new AccessReviewView("r1", "123456789", "Lakeside, PC", 0L, null, 86_400_000L, 86_400_000L, "closed", List.of(
                new AccessReviewView.Item("i1", "member", "u1", null, "Pat Doe", "pat@example.com", "user", List.of("claims", "eligibility"), List.of(),
                        "confirmed", "admin1", 1_000L, false, true),
                new AccessReviewView.Item("i2", "member", "u2", null, "Sam \"Q\" Roe", null, "backup-admin", List.of(), List.of("1234567893"), "suspended",
                        null, 86_400_000L, false, true)));

        List<String> lines = AccessReviewEvidence.csv(review).lines().toList();

        assertEquals(String.join(",", AccessReviewEvidence.HEADER), lines.get(0));
        assertEquals("r1,123456789,\"Lakeside, PC\",1970-01-01T00:00:00Z,schedule,1970-01-02T00:00:00Z,1970-01-02T00:00:00Z,member,u1,,Pat Doe,"
                + "pat@example.com,user,claims;eligibility,,confirmed,admin1,1970-01-01T00:00:01Z", lines.get(1));
        assertTrue(lines.get(2).contains(",\"Sam \"\"Q\"\" Roe\","), lines.get(2));
        assertEquals("suspended,deadline,1970-01-02T00:00:00Z", lines.get(2).substring(lines.get(2).indexOf("suspended")));
    }

    @Test
    void aCellASpreadsheetWouldReadAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AccessReviewEvidence.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", AccessReviewEvidence.cell("+1"));
        assertEquals("'@sum", AccessReviewEvidence.cell("@sum"));
        assertEquals("plain", AccessReviewEvidence.cell("plain"));
        assertEquals("", AccessReviewEvidence.cell(null));
    }
}
