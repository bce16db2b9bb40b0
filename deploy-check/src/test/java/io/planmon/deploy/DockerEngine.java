package io.planmon.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Docker engine for the check, got the way devstack gets its servers: one that already answers (DOCKER_HOST or the
 * default socket) is used as it is; otherwise, as root on Debian, Debian's docker.io is installed with apt-get (with
 * iptables and debootstrap, for the local images) and a dockerd of our own is started on a private socket and data
 * root, and stopped by its pid at the end. Anything else fails and says how to provide an engine: never a silent skip.
 */
final class DockerEngine implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final List<String> PACKAGES =
            List.of("docker.io", "iptables", "debootstrap", "xz-utils", "ca-certificates");

    private final Map<String, String> environment;
    private final ProcessHandle dockerd;
    private final String description;

    private DockerEngine(Map<String, String> environment, ProcessHandle dockerd, String description) {
        this.environment = environment;
        this.dockerd = dockerd;
        this.description = description;
    }

    static DockerEngine obtain(Path home) {
        Map<String, String> inherited = Map.of("DOCKER_BUILDKIT", "0");
        String running = serverVersion(inherited);
        if (running != null) {
            return new DockerEngine(
                    inherited,
                    null,
                    "the running Docker engine " + running + " at "
                            + System.getenv().getOrDefault("DOCKER_HOST", "the default socket"));
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root || !Files.exists(Path.of("/etc/debian_version"))) {
            throw new IllegalStateException("No Docker engine answers (DOCKER_HOST="
                    + System.getenv().getOrDefault("DOCKER_HOST", "unset")
                    + ", default socket /var/run/docker.sock), and this is not a Debian machine where the build runs"
                    + " as root, on which the check would install and start one. Start a Docker engine (20.10 or newer)"
                    + " and set DOCKER_HOST if it is not at the default socket, or leave the container check out with"
                    + " -Dplanmon.skip-containers (docs/development.md).");
        }
        DebianPackages.install(PACKAGES);
        running = serverVersion(inherited);
        if (running != null) { // the packages' own service started one
            return new DockerEngine(inherited, null, "the system's Docker engine " + running + " (installed now)");
        }
        return start(home);
    }

    private static DockerEngine start(Path home) {
        try {
            Files.createDirectories(home);
            Path socket = home.resolve("docker.sock");
            Path log = home.resolve("dockerd.log");
            Map<String, String> env = new HashMap<>(Map.of("DOCKER_HOST", "unix://" + socket, "DOCKER_BUILDKIT", "0"));
            ProcessHandle leftover = leftover(home, env);
            if (leftover != null) {
                return new DockerEngine(
                        env,
                        leftover,
                        "dockerd " + serverVersion(env) + " left running by an earlier" + " check (pid "
                                + leftover.pid() + ", unix://" + socket + "), stopped at the end");
            }
            System.out.println("[docker] starting dockerd on unix://" + socket + ", data root " + home.resolve("data")
                    + ", log " + log);
            Process dockerd = new ProcessBuilder(
                            "dockerd",
                            "--host=unix://" + socket,
                            "--data-root=" + home.resolve("data"),
                            "--exec-root=" + home.resolve("exec"),
                            "--pidfile=" + home.resolve("dockerd.pid"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (System.nanoTime() < deadline && dockerd.isAlive()) {
                String version = serverVersion(env);
                if (version != null) {
                    return new DockerEngine(
                            env,
                            dockerd.toHandle(),
                            "dockerd " + version + " started here (pid " + dockerd.pid() + ", unix://" + socket + ")");
                }
                Thread.sleep(1_000);
            }
            dockerd.destroyForcibly();
            throw new IllegalStateException("dockerd did not answer within " + START_LIMIT.toSeconds()
                    + " s; the end of " + log + ":\n" + Command.tail(Files.readString(log), 30));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dockerd: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting dockerd", e);
        }
    }

    /** A dockerd of an earlier, interrupted check that still answers on the private socket, or null. */
    private static ProcessHandle leftover(Path home, Map<String, String> env) throws IOException {
        Path pidFile = home.resolve("dockerd.pid");
        if (!Files.exists(pidFile) || serverVersion(env) == null) {
            Files.deleteIfExists(home.resolve("docker.sock"));
            return null;
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                .orElse(null);
    }

    /** The server's version, or null when no engine answers within 30 s. */
    private static String serverVersion(Map<String, String> env) {
        try {
            Command.Result result = new Command("docker", Duration.ofSeconds(30), null, env, true)
                    .run(List.of("docker", "version", "--format", "{{.Server.Version}}"));
            return result.ok() ? result.output().strip() : null;
        } catch (IllegalStateException e) {
            return null; // no docker command, or it hung
        }
    }

    /** What to add to a command's environment to reach this engine. */
    Map<String, String> environment() {
        return environment;
    }

    String description() {
        return description;
    }

    /** Stops a dockerd started here (SIGTERM, then SIGKILL after 30 s); a running engine found here is left alone. */
    @Override
    public void close() throws InterruptedException {
        if (dockerd == null || !dockerd.isAlive()) {
            return;
        }
        System.out.println("[docker] stopping dockerd (pid " + dockerd.pid() + ")");
        dockerd.destroy();
        try {
            dockerd.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            dockerd.descendants().forEach(ProcessHandle::destroyForcibly);
            dockerd.destroyForcibly();
        }
    }
}
