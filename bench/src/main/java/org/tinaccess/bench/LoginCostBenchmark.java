package org.tinaccess.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.tinaccess.server.KeycloakProcess;

/**
 * What a whole browser sign-in costs with our flow (username → security image and
 * password → OTP) next to Keycloak's stock flows in a second realm of the same server: (a) username
 * and password on one page then OTP, (b) identifier-first with as many pages as ours. Sequential
 * median and p95, server CPU per sign-in, and throughput at 1, 2, 4 and 8 concurrent browsers;
 * ratios to (b), the target being ≤ 1.05; (c) is (b) measured again in blocks of its own, the table's own noise.
 * The server runs as a plan runs it ({@link BenchServer}). Prints a Markdown table and writes it for docs/benchmarks.md.
 */
public final class LoginCostBenchmark {

    private static final Logger LOG = Logger.getLogger(LoginCostBenchmark.class);
    private static final String OUR_REALM = "provider-portal";
    private static final int PEOPLE = 16;
    /** With the first sign-in of pages(), every person has signed in once (and accepted the terms) before anything is timed. */
    private static final int WARM_UP = 4 * PEOPLE - 1;
    private static final int ROUNDS = 4;
    private static final int[] CONCURRENCY = {1, 2, 4, 8};

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path work = arguments.path("work");
        Files.createDirectories(work);
        int samples = arguments.number("samples");
        int throughputSignIns = arguments.number("throughput-sign-ins");
        Path recording = Boolean.parseBoolean(arguments.text("profile", "false")) ? work.resolve("server.jfr") : null;
        Map<String, JfrProfile.Windows> windows = new LinkedHashMap<>();
        List<MarkdownTable> tables;
        BenchDatabase database = BenchDatabase.create(arguments.text("db", "h2"), work, "login");
        try (database;
                KeycloakProcess server = BenchServer.start(arguments.path("keycloak-home"), work, database, 18082, recording);
                Keycloak admin = Keycloak.getInstance(server.baseUrl(), "master", KeycloakProcess.BOOTSTRAP_ADMIN,
                        KeycloakProcess.BOOTSTRAP_PASSWORD, "admin-cli")) {
            StockRealm.create(admin, SignInFlow.REDIRECT_URI);
            List<SignInUsers.Person> ours = SignInUsers.create(admin.realm(OUR_REALM), "ours", PEOPLE, true);
            List<SignInUsers.Person> stock = SignInUsers.create(admin.realm(StockRealm.NAME), "stock", PEOPLE, false);
            List<SignInFlow> flows = List.of(
                    new SignInFlow("TIN Access (username → image + password → OTP)", server.baseUrl(), OUR_REALM, "provider-portal", ours),
                    new SignInFlow("(a) stock username + password → OTP", server.baseUrl(), StockRealm.NAME, StockRealm.PASSWORD_OTP, stock),
                    new SignInFlow("(b) stock identifier-first → password → OTP", server.baseUrl(), StockRealm.NAME, StockRealm.IDENTIFIER_FIRST,
                            stock),
                    // The control: (b) again in blocks of its own, so the table shows how far two runs of one flow differ.
                    new SignInFlow("(c) control: (b) measured again", server.baseUrl(), StockRealm.NAME, StockRealm.IDENTIFIER_FIRST, stock));
            Map<SignInFlow, Integer> pages = new HashMap<>();
            for (SignInFlow flow : flows) {
                pages.put(flow, flow.pages());
                sequential(flow, WARM_UP, null);
            }
            Map<SignInFlow, Latencies> latencies = new HashMap<>();
            Map<SignInFlow, Duration> cpu = new HashMap<>();
            flows.forEach(flow -> {
                latencies.put(flow, new Latencies(flow.name()));
                cpu.put(flow, Duration.ZERO);
            });
            // Blocks of each flow in turn, the order rotated each round, so drift in the machine's load spreads evenly.
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < flows.size(); i++) {
                    SignInFlow flow = flows.get((i + round) % flows.size());
                    Duration before = server.cpuTime();
                    Instant started = Instant.now();
                    sequential(flow, samples / ROUNDS, latencies.get(flow));
                    windows.computeIfAbsent(flow.name(), name -> new JfrProfile.Windows()).add(started, Instant.now(), samples / ROUNDS);
                    cpu.put(flow, cpu.get(flow).plus(server.cpuTime().minus(before)));
                }
            }
            // Per level, the flows in turn over several rounds (order rotated), each round's time added up,
            // so that a change in the machine's load between flows does not show as a difference of flows.
            Map<SignInFlow, double[]> throughput = new HashMap<>();
            flows.forEach(flow -> throughput.put(flow, new double[CONCURRENCY.length]));
            for (int level = 0; level < CONCURRENCY.length; level++) {
                Map<SignInFlow, Double> seconds = new HashMap<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < flows.size(); i++) {
                        SignInFlow flow = flows.get((i + round) % flows.size());
                        seconds.merge(flow, concurrently(flow, CONCURRENCY[level], perRound(throughputSignIns, CONCURRENCY[level])), Double::sum);
                    }
                }
                for (SignInFlow flow : flows) {
                    throughput.get(flow)[level] = ROUNDS * perRound(throughputSignIns, CONCURRENCY[level]) / seconds.get(flow);
                }
            }
            tables = report(flows, pages, latencies, cpu, throughput);
        }
        if (recording != null) {
            // Ours and the yardstick (b): the recording was written when the server stopped.
            Map<String, JfrProfile.Windows> compared = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(windows.keySet());
            compared.put(names.get(0), windows.get(names.get(0)));
            compared.put(names.get(2), windows.get(names.get(2)));
            tables = new ArrayList<>(tables);
            tables.addAll(JfrProfile.tables(recording, compared));
        }
        LOG.info("\n" + MarkdownTable.write(work.resolve("login-cost.md"), MarkdownTable.machine(database.label()), tables));
    }

    /** {@code count} sign-ins one after the other, each in a fresh browser; timed into {@code into} unless null. */
    private static void sequential(SignInFlow flow, int count, Latencies into) throws Exception {
        for (int i = 0; i < count; i++) {
            LoginPageClient browser = new LoginPageClient();
            SignInUsers.Person person = flow.nextPerson();
            long start = System.nanoTime();
            flow.signIn(browser, person);
            if (into != null) {
                into.add(System.nanoTime() - start);
            }
        }
    }

    /** Seconds that {@code browsers} signing in at once take for {@code total} sign-ins in all (rounded down to a multiple of browsers). */
    private static double concurrently(SignInFlow flow, int browsers, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int b = 0; b < browsers; b++) {
                work.add(() -> {
                    sequential(flow, total / browsers, null);
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sign-ins of one round: a share of the total, a multiple of the browsers and at least one each. */
    private static int perRound(int total, int browsers) {
        return Math.max(1, total / ROUNDS / browsers) * browsers;
    }

    private static List<MarkdownTable> report(List<SignInFlow> flows, Map<SignInFlow, Integer> pages,
            Map<SignInFlow, Latencies> latencies, Map<SignInFlow, Duration> cpu, Map<SignInFlow, double[]> throughput) {
        SignInFlow yardstick = flows.get(2);
        MarkdownTable cost = new MarkdownTable("Whole browser sign-in, sequential (ratios to (b))", "flow", "pages", "samples", "median ms",
                "p95 ms", "CPU ms / sign-in", "CPU ms over (b)", "median ratio", "p95 ratio", "CPU ratio");
        for (SignInFlow flow : flows) {
            Latencies own = latencies.get(flow);
            Latencies reference = latencies.get(yardstick);
            double cpuPerSignIn = cpu.get(flow).toNanos() / 1e6 / own.count();
            double referenceCpu = cpu.get(yardstick).toNanos() / 1e6 / reference.count();
            cost.row(flow.name(), pages.get(flow), own.count(), own.percentile(50), own.percentile(95), cpuPerSignIn, cpuPerSignIn - referenceCpu,
                    own.percentile(50) / reference.percentile(50), own.percentile(95) / reference.percentile(95), cpuPerSignIn / referenceCpu);
        }
        List<String> header = new ArrayList<>(List.of("flow"));
        for (int level : CONCURRENCY) {
            header.add(level + " at once, sign-ins/s");
        }
        header.add("ratio at 8");
        MarkdownTable rate = new MarkdownTable("Throughput (sign-ins per second; ratio to (b))", header.toArray(String[]::new));
        for (SignInFlow flow : flows) {
            List<Object> row = new ArrayList<>(List.of(flow.name()));
            for (double perSecond : throughput.get(flow)) {
                row.add(perSecond);
            }
            row.add(throughput.get(flow)[CONCURRENCY.length - 1] / throughput.get(yardstick)[CONCURRENCY.length - 1]);
            rate.row(row.toArray());
        }
        return List.of(cost, rate);
    }
}
