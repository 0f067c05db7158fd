package org.tinaccess.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    /**
     * The date and time, cores, load average, memory and host of this run, and the database: the
     * caption every table carries. The load average is read when the tables are written, so a
     * machine busy with other work shows.
     */
    static String machine(String database) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return String.format("%s UTC, %d cores, load average %s, %d MB max heap for the client, %s, Java %s, %s",
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' '),
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.getRuntime().maxMemory() / (1024 * 1024), host,
                System.getProperty("java.version"), database);
    }

    /** The 1, 5 and 15 minute load averages, where the system tells them. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
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
        return write(file, caption, tables, "");
    }

    /** As {@link #write(Path, String, List)}, with Markdown text after the tables. */
    static String write(Path file, String caption, List<MarkdownTable> tables, String after) throws IOException {
        StringBuilder out = new StringBuilder("Measured ").append(caption).append(".\n\n");
        tables.forEach(table -> out.append(table).append('\n'));
        out.append(after);
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        return out.toString();
    }
}
