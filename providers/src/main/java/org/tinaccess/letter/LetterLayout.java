package org.tinaccess.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a letter out on US Letter pages: the sender and date at the top, the recipient's address
 * where a #10 window envelope shows it (one inch from the left, two from the top), then the body.
 * The body is the text the theme's letter template renders: a line starting with {@code "# "} is a
 * heading, {@code "## "} a bold line, an empty line ends a paragraph; other lines are wrapped.
 */
public final class LetterLayout {

    private static final float MARGIN = 72;
    private static final float ADDRESS_TOP = PdfDocument.HEIGHT - 144;
    private static final float BODY_TOP = PdfDocument.HEIGHT - 260;
    private static final float BOTTOM = 72;
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    /** Characters of 11 pt Helvetica that fit in 6.5 inches, with room to spare. */
    private static final int WRAP = 88;

    private LetterLayout() {}

    public static byte[] render(String sender, String date, List<String> address, String body) {
        PdfDocument pdf = new PdfDocument().newPage();
        pdf.text(MARGIN, PdfDocument.HEIGHT - MARGIN, true, 13, sender);
        pdf.text(MARGIN, PdfDocument.HEIGHT - MARGIN - LEADING, false, SIZE, date);
        float y = ADDRESS_TOP;
        for (String line : address) {
            pdf.text(MARGIN, y, false, SIZE, line);
            y -= LEADING;
        }
        y = BODY_TOP;
        for (String line : body.split("\\R", -1)) {
            boolean heading = line.startsWith("# ");
            boolean bold = heading || line.startsWith("## ");
            String text = heading ? line.substring(2) : bold ? line.substring(3) : line.strip();
            List<String> wrapped = text.isEmpty() ? List.of("") : wrap(text);
            for (String part : wrapped) {
                if (y < BOTTOM) {
                    pdf.newPage();
                    y = PdfDocument.HEIGHT - MARGIN;
                }
                if (!part.isEmpty()) {
                    pdf.text(MARGIN, y, bold, heading ? 14 : SIZE, part);
                }
                y -= text.isEmpty() ? LEADING / 2 : heading ? LEADING * 1.4f : LEADING;
            }
        }
        return pdf.toBytes();
    }

    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
