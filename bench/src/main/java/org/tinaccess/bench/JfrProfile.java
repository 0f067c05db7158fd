package org.tinaccess.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's Java CPU goes during each kind of operation (a flow's sign-ins, one person's
 * refreshes), from a Flight Recorder recording of the whole run (the server started with
 * {@code -XX:StartFlightRecording}): every execution sample taken inside one of the kind's time
 * windows counts for it, sorted into what it was doing by the first kind of code its stack shows
 * (password hashing, then templates, whoever renders them, then our code, and so on). Divided by
 * the number of operations it reads as samples per operation, so two kinds compare whatever their
 * numbers.
 */
final class JfrProfile {

    /** The time windows one kind of operation (a flow's sign-ins, a person's refreshes) ran in, and how many operations they held. */
    static final class Windows {
        private final List<Instant[]> windows = new ArrayList<>();
        private int operations;

        void add(Instant start, Instant end, int count) {
            windows.add(new Instant[] {start, end});
            operations += count;
        }

        boolean contains(Instant time) {
            return windows.stream().anyMatch(window -> !time.isBefore(window[0]) && !time.isAfter(window[1]));
        }
    }

    /** Kinds of work, in the order a stack is tested for them: the first that matches a frame's class names it. */
    private static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("password hashing (Argon2)", List.of("argon2"));
        KINDS.put("FreeMarker templates", List.of("freemarker."));
        KINDS.put("TIN Access code", List.of("org.tinaccess."));
        KINDS.put("database (Hibernate, JDBC)", List.of("org.hibernate.", "org.h2.", "org.postgresql.", "io.agroal."));
        KINDS.put("Keycloak authentication and tokens", List.of("org.keycloak.authentication.", "org.keycloak.protocol.",
                "org.keycloak.services.", "org.keycloak.forms."));
        KINDS.put("Keycloak models and caches", List.of("org.keycloak.models.", "org.infinispan."));
        KINDS.put("HTTP (Vert.x, RESTEasy, Netty)", List.of("io.vertx.", "org.jboss.resteasy.", "io.netty.", "io.quarkus."));
    }

    private static final String OTHER = "other";

    private JfrProfile() {}

    /**
     * Two tables: samples per operation by kind of work for each kind of operation, with the difference to the last
     * flow given (the yardstick); and our own methods' samples in the first flow, by the outermost
     * {@code org.tinaccess} frame.
     */
    static List<MarkdownTable> tables(Path recording, Map<String, Windows> flows) throws IOException {
        List<String> names = new ArrayList<>(flows.keySet());
        Map<String, Map<String, Integer>> byKind = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        names.forEach(name -> byKind.put(name, new HashMap<>()));
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            for (String name : names) {
                if (flows.get(name).contains(event.getStartTime())) {
                    List<RecordedFrame> frames = event.getStackTrace().getFrames();
                    byKind.get(name).merge(kind(frames), 1, Integer::sum);
                    if (name.equals(names.get(0))) {
                        outermostOfOurs(frames).ifPresent(method -> ours.merge(method, 1, Integer::sum));
                    }
                }
            }
        }
        String yardstick = names.get(names.size() - 1);
        List<String> header = new ArrayList<>(List.of("kind of work"));
        names.forEach(name -> header.add(name + ", samples / operation"));
        header.add("first over last");
        MarkdownTable kinds = new MarkdownTable("Server Java CPU by kind of work (Flight Recorder execution samples, about one per 10 ms"
                + " of a thread's CPU, per operation)", header.toArray(String[]::new));
        List<String> rows = new ArrayList<>(KINDS.keySet());
        rows.add(OTHER);
        rows.add("all");
        for (String row : rows) {
            List<Object> cells = new ArrayList<>(List.of(row));
            for (String name : names) {
                cells.add(perSignIn(byKind.get(name), row, flows.get(name)));
            }
            cells.add(perSignIn(byKind.get(names.get(0)), row, flows.get(names.get(0))) - perSignIn(byKind.get(yardstick), row, flows.get(yardstick)));
            kinds.row(cells.toArray());
        }
        MarkdownTable methods = new MarkdownTable("Our code in the first row's operations, by outermost TIN Access method", "method",
                "samples / operation");
        ours.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12)
                .forEach(entry -> methods.row(entry.getKey(), (double) entry.getValue() / flows.get(names.get(0)).operations));
        return List.of(kinds, methods);
    }

    private static double perSignIn(Map<String, Integer> counts, String row, Windows windows) {
        int samples = "all".equals(row) ? counts.values().stream().mapToInt(Integer::intValue).sum() : counts.getOrDefault(row, 0);
        return windows.operations == 0 ? 0 : (double) samples / windows.operations;
    }

    private static String kind(List<RecordedFrame> frames) {
        for (Map.Entry<String, List<String>> kind : KINDS.entrySet()) {
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName().toLowerCase(Locale.ROOT);
                if (kind.getValue().stream().anyMatch(type::contains)) {
                    return kind.getKey();
                }
            }
        }
        return OTHER;
    }

    /** Frames run from the sampled (innermost) method outwards; the last of ours is the outermost. */
    private static Optional<String> outermostOfOurs(List<RecordedFrame> frames) {
        String outermost = null;
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("org.tinaccess.")) {
                outermost = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
            }
        }
        return Optional.ofNullable(outermost);
    }
}
