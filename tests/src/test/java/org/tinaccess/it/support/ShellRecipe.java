package org.tinaccess.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A shell recipe from the README or docs/ run as a reader would paste it into bash, with the run command's
 * addresses pointed at this run's servers. Its output is read line by line as it comes, so a test
 * can act on what the recipe tells the person (open this link) while it keeps running.
 */
public final class ShellRecipe implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ShellRecipe(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "shell-recipe-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether bash and every tool the recipes use are on this machine (Debian's curl and jq). */
    /**
     * Goes on only where {@code tools} are installed: elsewhere the test is skipped, and under CI
     * (CI=true) it fails, so a green CI run means the documents' recipes ran (.ci/setup-tools installs them).
     */
    public static void requireTools(String... tools) {
        if (toolsInstalled(tools)) {
            return;
        }
        String missing = "the recipe needs " + String.join(", ", tools);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing + "; CI=true, so the recipe must run (.ci/setup-tools)");
        }
        Assumptions.abort(missing);
    }

    public static boolean toolsInstalled(String... tools) {
        for (String tool : tools) {
            if (Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":")).noneMatch(dir -> Files.isExecutable(Path.of(dir, tool)))) {
                return false;
            }
        }
        return true;
    }

    /** Starts {@code script} in bash with the run command's Keycloak address replaced by {@code server}'s. */
    public static ShellRecipe start(String script, TinAccessServer server) {
        String pointed = script.replace("http://localhost:8080", server.baseUrl());
        try {
            return new ShellRecipe(new ProcessBuilder("bash", "-c", pointed).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException closed) {
            // the recipe ended or was stopped: what it printed so far is kept
        }
    }

    /** The first group of {@code pattern} in the first output line it matches, once the recipe printed it. */
    public String awaitLine(Pattern pattern, Duration timeout) {
        String found = Await.until("a line matching " + pattern, timeout, () -> find(pattern), line -> line != null || !process.isAlive());
        if (found == null) {
            throw new AssertionError("The recipe ended without printing " + pattern + ":\n" + output());
        }
        return found;
    }

    private String find(Pattern pattern) {
        synchronized (lines) {
            for (String line : lines) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    /** Waits for the recipe to end and answers everything it printed; fails if it does not end in time or fails. */
    public String awaitSuccess(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The recipe did not end within " + timeout + ":\n" + output());
        }
        reader.join(Duration.ofSeconds(5).toMillis());
        if (process.exitValue() != 0) {
            throw new AssertionError("The recipe failed with " + process.exitValue() + ":\n" + output());
        }
        return output();
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
