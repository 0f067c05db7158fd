package org.tinaccess.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relative link of the README and docs/ leads somewhere: the file exists, and an anchor is a
 * heading of that file as GitHub names it (lower case, punctuation dropped, spaces to hyphens).
 * Moving a section between files breaks the links to it here, not for a reader.
 */
class MarkdownLinksTest {

    private static final Path ROOT = Path.of(System.getProperty("tin-access.root", ".."));
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static Stream<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).map(ROOT::relativize).sorted().forEach(documents::add);
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0}: every relative link resolves")
    @MethodSource("documents")
    void everyRelativeLinkAndAnchorResolves(Path document) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String destination : destinations(parse(ROOT.resolve(document)))) {
            if (destination.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || destination.startsWith("//")) {
                continue; // http(s), mailto, tel: not ours to check here
            }
            String file = destination.contains("#") ? destination.substring(0, destination.indexOf('#')) : destination;
            String anchor = destination.contains("#") ? destination.substring(destination.indexOf('#') + 1) : null;
            Path target = file.isEmpty() ? ROOT.resolve(document) : ROOT.resolve(document).getParent() == null
                    ? ROOT.resolve(file) : ROOT.resolve(document).getParent().resolve(file);
            if (!Files.exists(target)) {
                broken.add(destination + " (no such file)");
            } else if (anchor != null && !anchors(target).contains(anchor)) {
                broken.add(destination + " (no such heading)");
            }
        }
        assertEquals(List.of(), broken, document + " links to what is not there");
    }

    private static Node parse(Path file) throws IOException {
        return MARKDOWN.parse(Files.readString(file));
    }

    private static List<String> destinations(Node document) {
        List<String> destinations = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                destinations.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                destinations.add(image.getDestination());
            }
        });
        return destinations;
    }

    /** The anchors GitHub gives the headings of a Markdown file (none for other files). */
    static Set<String> anchors(Path file) throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        if (!file.toString().endsWith(".md")) {
            return anchors;
        }
        Map<String, Integer> seen = new HashMap<>();
        parse(file).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String slug = slug(text(heading));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        });
        return anchors;
    }

    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }
}
