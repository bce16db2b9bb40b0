package io.planmon.devstack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A stack's {@link Supervisor}, once {@code ./planmon up} asks for one: tests that kill a server on purpose run without,
 * so pausing and stopping it are no-ops until it has started.
 */
final class StackSupervision {

    private static final Duration INTERVAL = Duration.ofSeconds(2);

    private volatile Supervisor supervisor;

    /** From now on, watches the servers and starts again one that dies, saying so and naming its log in {@code logs}. */
    void start(List<Supervisor.Watched> watched, Path logs, Progress progress) {
        Supervisor watching = new Supervisor(watched, logs, progress, Clock.systemUTC());
        supervisor = watching;
        watching.watch(INTERVAL);
    }

    /** Leaves one server alone while it is stopped on purpose, or watches it again. */
    void pause(String name, boolean paused) {
        Supervisor watching = supervisor;
        if (watching != null) {
            watching.pause(name, paused);
        }
    }

    /** Stops watching, so that servers being stopped are not started again. */
    void stop() {
        Supervisor watching = supervisor;
        if (watching != null) {
            watching.stop();
        }
    }
}
