package io.planmon.devstack.process;

import io.planmon.devstack.StackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server running as a child process, its output appended to a log file. */
public final class ChildProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts the command with the extra environment variables. Where {@code setsid} exists the child gets a session of
     * its own: Ctrl-C in the terminal then reaches only our JVM, which stops the children in order (services before
     * the brokers they write to) instead of all at once.
     */
    public static ChildProcess start(
            String name, List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile) {
        List<String> line = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            line.add(SETSID.toString());
        }
        line.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    "=== " + Instant.now() + " starting " + name + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(line)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            // Nothing is ever typed into a server; a closed stdin also keeps it from waiting on our terminal.
            process.getOutputStream().close();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits up to the timeout for the process to end; true when it has. */
    public boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The exit code, for messages; only meaningful once the process has ended. */
    public int exitCode() {
        return process.exitValue();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        return LogTail.of(logFile, lines);
    }

    /** Stops the process and its descendants: gracefully, then forcibly after the grace period. */
    public void stop(Duration grace) {
        if (process.isAlive() || process.toHandle().descendants().findAny().isPresent()) {
            ProcessTree.stop(process.toHandle(), grace);
        }
    }
}
