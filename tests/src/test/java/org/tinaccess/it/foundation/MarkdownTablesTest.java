package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's Markdown read as GitHub renders it (CommonMark with GFM tables): a blank line or a
 * missing delimiter row turns a table into a paragraph of pipes, and a row with more cells than its
 * header loses the extra ones without a word. Neither shows in the source; both show here.
 */
class MarkdownTablesTest {

    private static final Path ROOT = Path.of(System.getProperty("tin-access.root", ".."));
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    static Stream<Path> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT, 3)) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !file.toString().contains("node_modules") && !file.toString().contains("/target/"))
                    .map(ROOT::relativize)
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}: no table row renders as plain text")
    @MethodSource("markdownFiles")
    void noTableRowRendersAsPlainText(Path file) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(file));
        List<String> strays = new ArrayList<>();
        parse(file).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                for (SourceSpan span : paragraph.getSourceSpans()) {
                    String line = lines.get(span.getLineIndex());
                    if (line.stripLeading().startsWith("|")) {
                        strays.add("line " + (span.getLineIndex() + 1) + ": " + line);
                    }
                }
            }
        });
        assertTrue(strays.isEmpty(), file + " has table rows GitHub shows as text (a blank line inside a table, or no | --- | row):\n"
                + String.join("\n", strays));
    }

    @ParameterizedTest(name = "{0}: every table row has as many cells as its header")
    @MethodSource("markdownFiles")
    void everyTableRowHasAsManyCellsAsItsHeader(Path file) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(file));
        List<String> uneven = new ArrayList<>();
        parse(file).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    List<SourceSpan> rows = table.getSourceSpans();
                    int header = cells(lines.get(rows.get(0).getLineIndex()));
                    for (SourceSpan row : rows) {
                        String line = lines.get(row.getLineIndex());
                        if (cells(line) != header) {
                            uneven.add("line " + (row.getLineIndex() + 1) + " has " + cells(line) + " cells, the header " + header);
                        }
                    }
                }
                visitChildren(block);
            }
        });
        assertTrue(uneven.isEmpty(), file + " has rows whose extra cells GitHub drops (escape a | inside a cell as \\|):\n"
                + String.join("\n", uneven));
    }

    private static Node parse(Path file) throws IOException {
        return MARKDOWN.parse(Files.readString(ROOT.resolve(file)));
    }

    /** Cells of a GFM table row: its unescaped pipes, less the optional ones at either end. */
    static int cells(String row) {
        String line = row.strip();
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                pipes++;
            }
        }
        boolean leading = line.startsWith("|");
        boolean trailing = line.endsWith("|") && !line.endsWith("\\|") && line.length() > 1;
        return pipes + 1 - (leading ? 1 : 0) - (trailing ? 1 : 0);
    }
}
