package io.planmon.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One child process with a hard time limit: nothing of the check may hang. Its output (standard error merged) is shown
 * line by line as it comes, prefixed with a label, unless quiet, and kept for the caller; at the limit the process and
 * all its descendants are killed and the check fails with the end of the output.
 */
final class Command {
    /** What a finished command left: its exit code and its whole output. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private static final long BEGIN = System.nanoTime();
    /** Commands running now: an interrupted JVM (Ctrl-C, SIGTERM) ends them with their process trees. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Command::kill), "stop-commands"));
    }

    private final String label;
    private final Duration limit;
    private final Path directory;
    private final Map<String, String> environment;
    private final boolean quiet;

    Command(String label, Duration limit, Path directory, Map<String, String> environment, boolean quiet) {
        this.label = label;
        this.limit = limit;
        this.directory = directory;
        this.environment = environment;
        this.quiet = quiet;
    }

    /** Runs {@code arguments} and returns whatever it exited with. */
    Result run(List<String> arguments) {
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "[" + label + "] cannot start " + arguments.get(0) + ": " + e.getMessage(), e);
        }
        RUNNING.add(process);
        try {
            return await(arguments, process);
        } finally {
            RUNNING.remove(process);
        }
    }

    private Result await(List<String> arguments, Process process) {
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> read(process, output), "output-" + label);
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                kill(process);
                reader.join(5_000);
                throw new IllegalStateException(
                        "[" + label + "] " + String.join(" ", arguments) + " did not finish within " + limit.toSeconds()
                                + " s and was killed; its last output:\n" + tail(output.toString(), 40));
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            throw new IllegalStateException("[" + label + "] interrupted", e);
        }
        return new Result(process.exitValue(), output.toString());
    }

    /** Runs {@code arguments} and fails, with the end of its output, unless it exits with 0. */
    Result require(List<String> arguments) {
        Result result = run(arguments);
        if (!result.ok()) {
            // Shown as it came unless quiet; the end is repeated in the message, where the failure is reported.
            throw new IllegalStateException("[" + label + "] " + String.join(" ", arguments) + " exited with "
                    + result.exitCode() + "; its last output:\n" + tail(result.output(), quiet ? 40 : 15));
        }
        return result;
    }

    private void read(Process process, StringBuffer output) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (!quiet) {
                    // The project's scripts name themselves on each line already; the time since the check began
                    // shows where its minutes go.
                    System.out.printf(
                            "%5.0f s %s%n",
                            (System.nanoTime() - BEGIN) / 1e9,
                            line.startsWith(label + ":") ? line : "[" + label + "] " + line);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the process was killed: what was read is kept
        }
    }

    private static void kill(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
