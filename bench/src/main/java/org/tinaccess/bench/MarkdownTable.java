package org.tinaccess.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A benchmark's figures as a Markdown table, headed by the date, the machine and the database, for the README to quote. */
final class MarkdownTable {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    MarkdownTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell instanceof Double number ? String.format("%.2f", number) : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** The date, cores, memory and host of this run, and the database: the caption every table carries. */
    static String machine(String database) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return String.format("%s, %d cores, %d MB max heap for the client, %s, Java %s, %s", LocalDate.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024), host,
                System.getProperty("java.version"), database);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("**").append(title).append("**\n\n");
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append(" --- |".repeat(header.size())).append('\n');
        rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return out.toString();
    }

    /** Writes the tables to {@code file} under a caption line, and answers the text. */
    static String write(Path file, String caption, List<MarkdownTable> tables) throws IOException {
        StringBuilder out = new StringBuilder("Measured ").append(caption).append(".\n\n");
        tables.forEach(table -> out.append(table).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        return out.toString();
    }
}
