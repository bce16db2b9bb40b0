package io.planmon.devstack.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shutdown hook of the test servers: stops Kafka and PostgreSQL and deletes their directory. At JVM exit the class
 * loader of a Quarkus test may already be closed, so this uses nothing but the JDK.
 */
final class TestServerReaper implements Runnable {

    @Override
    public void run() {
        String directory = System.getProperty(TestServers.DIRECTORY);
        if (directory == null) {
            return;
        }
        String kafka = System.getProperty(TestServers.KAFKA_PID);
        if (kafka != null) {
            stop(ProcessHandle.of(Long.parseLong(kafka)), null);
        }
        stop(postmaster(Path.of(directory, "pgdata")), "-INT");
        deleteRecursively(Path.of(directory));
    }

    /** SIGTERM, or the given signal (PostgreSQL's "fast" shutdown is SIGINT), then SIGKILL after 30 s. */
    private static void stop(Optional<ProcessHandle> process, String signal) {
        if (process.isEmpty() || !process.get().isAlive()) {
            return;
        }
        ProcessHandle handle = process.get();
        try {
            if (signal == null) {
                handle.destroy();
            } else {
                new ProcessBuilder("kill", signal, Long.toString(handle.pid()))
                        .start()
                        .waitFor();
            }
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pgdata) {
        try {
            List<String> lines = Files.readAllLines(pgdata.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary directory is not worth failing the test run for.
        }
    }
}
