package org.tinaccess.letter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain PDF 1.4 of US Letter pages with text in Helvetica: all a letter needs, without a PDF
 * library in Keycloak's providers folder. Text is encoded as WinAnsi (Windows-1252), which the
 * standard fonts read; a character outside it prints as '?'.
 */
public final class PdfDocument {

    /** US Letter in points. */
    public static final float WIDTH = 612;
    public static final float HEIGHT = 792;

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private final List<StringBuilder> pages = new ArrayList<>();

    /** Starts a new page; text goes to the last page started. */
    public PdfDocument newPage() {
        pages.add(new StringBuilder());
        return this;
    }

    /** Writes {@code text} with its baseline starting at ({@code x}, {@code y}) points from the bottom left. */
    public PdfDocument text(float x, float y, boolean bold, float size, String text) {
        if (pages.isEmpty()) {
            newPage();
        }
        pages.get(pages.size() - 1)
                .append("BT /").append(bold ? "F2" : "F1").append(' ').append(number(size)).append(" Tf ")
                .append(number(x)).append(' ').append(number(y)).append(" Td (").append(escape(text)).append(") Tj ET\n");
        return this;
    }

    public byte[] toBytes() {
        if (pages.isEmpty()) {
            newPage();
        }
        Writer out = new Writer();
        out.raw("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        int fontRegular = 3;
        int fontBold = 4;
        int firstPage = 5;
        out.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(firstPage + 2 * i).append(" 0 R ");
        }
        out.object(2, "<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages.size() + " >>");
        out.object(fontRegular, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        out.object(fontBold, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        for (int i = 0; i < pages.size(); i++) {
            int page = firstPage + 2 * i;
            out.object(page, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(WIDTH) + " " + number(HEIGHT) + "]"
                    + " /Resources << /Font << /F1 " + fontRegular + " 0 R /F2 " + fontBold + " 0 R >> >> /Contents " + (page + 1) + " 0 R >>");
            byte[] content = pages.get(i).toString().getBytes(WIN_ANSI);
            out.stream(page + 1, content);
        }
        return out.finish(firstPage + 2 * pages.size(), 1);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '(' || c == ')') {
                escaped.append('\\').append(c);
            } else if (c < 32) {
                escaped.append(' ');
            } else if (!WIN_ANSI.newEncoder().canEncode(c)) {
                escaped.append('?');
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String number(float value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }

    /** Objects with their byte offsets, for the cross-reference table. */
    private static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        void raw(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        void object(int number, String body) {
            mark(number);
            raw(number + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(int number, byte[] content) {
            mark(number);
            raw(number + " 0 obj\n<< /Length " + content.length + " >>\nstream\n");
            bytes.writeBytes(content);
            raw("\nendstream\nendobj\n");
        }

        private void mark(int number) {
            while (offsets.size() < number) {
                offsets.add(null);
            }
            offsets.set(number - 1, bytes.size());
        }

        byte[] finish(int size, int root) {
            int xref = bytes.size();
            StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
            for (int i = 0; i < size - 1; i++) {
                table.append(String.format("%010d 00000 n \n", offsets.get(i)));
            }
            raw(table.toString());
            raw("trailer\n<< /Size " + size + " /Root " + root + " 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
            return bytes.toByteArray();
        }
    }
}
