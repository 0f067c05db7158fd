package org.tinaccess.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Our PDF writer's output read back by Apache PDFBox, a PDF reader that did not write it. */
class PdfDocumentTest {

    @Test
    void aLetterIsAValidPdfWhoseTextReadsBack() throws IOException {
        byte[] pdf = LetterLayout.render("Provider Portal", "November 30, 2026",
                List.of("Northwoods Clinic (East)", "100 Main St", "Wausau, WI 54401"),
                "# Your PIN\n\nA back\\slash, (parentheses) and a café.\n\n## PIN: ABCDE-23456\n");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(612, document.getPage(0).getMediaBox().getWidth());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Northwoods Clinic (East)"), text);
            assertTrue(text.contains("Wausau, WI 54401"), text);
            assertTrue(text.contains("A back\\slash, (parentheses) and a café."), text);
            assertTrue(text.contains("PIN: ABCDE-23456"), text);
        }
    }

    @Test
    void aLongBodyWrapsAndFlowsOntoMorePages() throws IOException {
        String paragraph = "word ".repeat(120).strip();
        byte[] pdf = LetterLayout.render("Plan", "today", List.of("A", "B"), (paragraph + "\n\n").repeat(12));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1, "pages: " + document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertEquals(120 * 12, text.split("word", -1).length - 1, "no word is lost at a line or page break");
        }
    }

    @Test
    void wrappingKeepsLinesShortAndWordsWhole() {
        List<String> lines = LetterLayout.wrap("alpha ".repeat(40).strip());
        assertTrue(lines.size() > 1);
        lines.forEach(line -> assertTrue(line.length() <= 88 && !line.startsWith(" ") && line.matches("(alpha ?)+"), line));
    }
}
