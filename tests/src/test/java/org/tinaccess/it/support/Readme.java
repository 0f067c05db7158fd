package org.tinaccess.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The project's README as a reader sees it (CommonMark with GFM tables), so that tests can follow
 * what it says: a section's text, its numbered steps, the shell recipes in its code blocks.
 */
public final class Readme {

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private final Node document;

    private Readme(Node document) {
        this.document = document;
    }

    public static Readme load() {
        return load("README.md");
    }

    /** Another of the project's Markdown documents, by its path from the project's root (e.g. {@code docs/api.md}). */
    public static Readme load(String document) {
        Path file = Path.of(System.getProperty("tin-access.root", "..")).resolve(document);
        try {
            return new Readme(MARKDOWN.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks under the heading whose text is {@code title}, up to the next heading of the same or a higher level. */
    public Section section(String title) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && TEXT.render(heading).strip().equals(title)) {
                List<Node> blocks = new ArrayList<>();
                for (Node next = heading.getNext(); next != null; next = next.getNext()) {
                    if (next instanceof Heading other && other.getLevel() <= heading.getLevel()) {
                        break;
                    }
                    blocks.add(next);
                }
                return new Section(title, blocks);
            }
        }
        throw new AssertionError("README.md has no section \"" + title + "\"");
    }

    public record Section(String title, List<Node> blocks) {

        /** The section as plain text, the way it reads once rendered. */
        public String text() {
            StringBuilder text = new StringBuilder();
            blocks.forEach(block -> text.append(TEXT.render(block)).append('\n'));
            return text.toString();
        }

        /** The first fenced code block whose info string is {@code language}, e.g. {@code bash}. */
        public String code(String language) {
            return blocks.stream()
                    .filter(block -> block instanceof FencedCodeBlock code && language.equals(code.getInfo()))
                    .map(block -> ((FencedCodeBlock) block).getLiteral())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Section \"" + title + "\" has no " + language + " block"));
        }

        /** The items of the section's first numbered list, as plain text on one line each. */
        public List<String> steps() {
            OrderedList list = blocks.stream().filter(OrderedList.class::isInstance).map(OrderedList.class::cast).findFirst()
                    .orElseThrow(() -> new AssertionError("Section \"" + title + "\" has no numbered steps"));
            List<String> steps = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    // The renderer writes nothing for a list item on its own, only for its blocks.
                    StringBuilder step = new StringBuilder();
                    for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
                        step.append(TEXT.render(block)).append('\n');
                    }
                    // As a reader sees it: the source's line breaks are spaces.
                    steps.add(step.toString().replaceAll("\\s+", " ").strip());
                }
            }
            return steps;
        }
    }
}
