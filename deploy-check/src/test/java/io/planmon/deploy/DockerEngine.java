package io.planmon.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Docker engine for the check, got the way devstack gets its servers: one that already answers (DOCKER_HOST or the
 * default socket) is used as it is; otherwise, as root on Debian, Debian's docker.io is installed with apt-get (with
 * iptables, and mmdebstrap for the local images) and a dockerd of our own is started (PrivateDockerd) and stopped by
 * its pid at the end. Anything else fails and says how to provide an engine: never a silent skip.
 */
final class DockerEngine implements AutoCloseable {
    private static final List<String> PACKAGES =
            List.of("docker.io", "iptables", "mmdebstrap", "xz-utils", "ca-certificates");
    private static final Map<String, String> INHERITED = Map.of("DOCKER_BUILDKIT", "0");

    private final Map<String, String> environment;
    private final PrivateDockerd dockerd;
    private final String description;

    private DockerEngine(Map<String, String> environment, PrivateDockerd dockerd, String description) {
        this.environment = environment;
        this.dockerd = dockerd;
        this.description = description;
    }

    static DockerEngine obtain(Path home) {
        String running = serverVersion(INHERITED);
        if (running != null) {
            return new DockerEngine(
                    INHERITED,
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
        long begin = System.nanoTime();
        DebianPackages.install(PACKAGES);
        System.out.printf("[docker] Debian packages ready in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        // Never the machine's own service, even if the packages started one: ours has a private socket and data root
        // and is stopped by its pid, so the check leaves nothing running.
        try {
            PrivateDockerd started = PrivateDockerd.start(home);
            return new DockerEngine(
                    started.environment(),
                    started,
                    "dockerd " + serverVersion(started.environment()) + " started here (pid " + started.pid() + ", "
                            + started.environment().get("DOCKER_HOST") + ", data root under " + home + ")");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dockerd under " + home + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting dockerd", e);
        }
    }

    /** The server's version, or null when no engine answers within 30 s. */
    static String serverVersion(Map<String, String> env) {
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

    /** Why the engine may have failed the check: a dockerd of ours that is gone, with the end of its log; or null. */
    String problem() {
        return dockerd == null ? null : dockerd.problem();
    }

    /** Stops a dockerd started here; a running engine found here is left alone. */
    @Override
    public void close() {
        if (dockerd != null) {
            dockerd.stop();
        }
    }
}
