package io.planmon.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A dockerd of the check's own: socket, data root, exec root, pid file and an empty daemon.json in a directory only
 * root can enter, so that it neither reads the machine's Docker settings nor meets another engine. It is stopped by its
 * pid however the check ends: at the end, by a JVM shutdown hook (SIGTERM, Ctrl-C), and by a watchdog process that
 * stops it when the JVM is gone without running its hooks (killed); a dockerd of an earlier check that was stopped none
 * of these ways is stopped by the next one before it starts its own.
 */
final class PrivateDockerd {
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    // dockerd gives running containers 15 s to stop, then stops its containerd.
    private static final Duration STOP_LIMIT = Duration.ofSeconds(45);
    /** Waits for end of file on its standard input (the JVM's end of the pipe is closed however the JVM ends). */
    private static final String WATCHDOG = "read -r _; kill -TERM \"$1\" 2>/dev/null || exit 0;"
            + " for _ in $(seq " + STOP_LIMIT.toSeconds() + "); do kill -0 \"$1\" 2>/dev/null || exit 0; sleep 1; done;"
            + " kill -KILL \"$1\"";

    private final ProcessHandle dockerd;
    private final Process watchdog;
    private final Path log;
    private final Map<String, String> environment;
    private final Thread hook;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private PrivateDockerd(ProcessHandle dockerd, Process watchdog, Path log, Map<String, String> environment) {
        this.dockerd = dockerd;
        this.watchdog = watchdog;
        this.log = log;
        this.environment = environment;
        this.hook = new Thread(this::stop, "stop-dockerd");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static PrivateDockerd start(Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        CheckLock.acquire(home);
        stopLeftover(home);
        Path socket = home.resolve("docker.sock");
        Path log = home.resolve("dockerd.log");
        Files.deleteIfExists(socket);
        Files.writeString(home.resolve("daemon.json"), "{}\n");
        Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + socket, "DOCKER_BUILDKIT", "0");
        System.out.println("[docker] starting dockerd on unix://" + socket + ", data root " + home.resolve("data")
                + ", log " + log);
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(
                        "dockerd",
                        "--config-file=" + home.resolve("daemon.json"),
                        "--host=unix://" + socket,
                        "--data-root=" + home.resolve("data"),
                        "--exec-root=" + home.resolve("exec"),
                        "--pidfile=" + home.resolve("dockerd.pid"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Process watchdog = new ProcessBuilder("bash", "-c", WATCHDOG, "dockerd-watchdog", Long.toString(process.pid()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        PrivateDockerd started = new PrivateDockerd(process.toHandle(), watchdog, log, env);
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (DockerEngine.serverVersion(env) != null) {
                System.out.printf(
                        "[docker] dockerd (pid %d) answered after %.1f s%n",
                        process.pid(), (System.nanoTime() - begin) / 1e9);
                return started;
            }
            Thread.sleep(500);
        }
        String problem = process.isAlive()
                ? "did not answer within " + START_LIMIT.toSeconds() + " s"
                : "exited with " + process.exitValue();
        started.stop();
        throw new IllegalStateException(
                "dockerd " + problem + "; the end of " + log + ":\n" + Command.tail(Files.readString(log), 30));
    }

    /** A dockerd of an earlier check still running on this data root (the JVM was killed with it): stopped first. */
    private static void stopLeftover(Path home) throws IOException {
        Path pidFile = home.resolve("dockerd.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).strip();
        Path cmdline = Path.of("/proc", pid, "cmdline");
        String command = pid.matches("\\d+") && Files.exists(cmdline)
                ? Files.readString(cmdline).replace('\0', ' ')
                : "";
        if (command.contains("dockerd") && command.contains("--data-root=" + home.resolve("data"))) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(leftover -> {
                System.out.println("[docker] stopping the dockerd an earlier check left running (pid " + pid + ")");
                stop(leftover);
            });
        }
        Files.deleteIfExists(pidFile); // stale: dockerd refuses to start while its pid file names a live process
    }

    Map<String, String> environment() {
        return environment;
    }

    long pid() {
        return dockerd.pid();
    }

    /** The end of dockerd's log if it is no longer running, else null. */
    String problem() {
        if (dockerd.isAlive()) {
            return null;
        }
        try {
            return "dockerd (pid " + dockerd.pid() + ") is no longer running; the end of " + log + ":\n"
                    + Command.tail(Files.readString(log), 30);
        } catch (IOException e) {
            return "dockerd (pid " + dockerd.pid() + ") is no longer running; " + log + " is unreadable";
        }
    }

    /** Stops dockerd by its pid (it stops its containers first), once; then the watchdog. */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (dockerd.isAlive()) {
            System.out.println("[docker] stopping dockerd (pid " + dockerd.pid() + ")");
            stop(dockerd);
        }
        watchdog.destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: this is the hook
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            System.out.println("[docker] dockerd (pid " + process.pid() + ") did not stop within "
                    + STOP_LIMIT.toSeconds() + " s: killed");
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
