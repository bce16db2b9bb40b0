package io.planmon.devstack;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Watches the servers of a running {@code ./planmon up}: one that died is reported at once and started again after
 * a pause that doubles with each death in a row (1 s up to 60 s), so a server that cannot stay up does not spin. A
 * server without a {@code restart} (the embedded PostgreSQL) is reported with what to do instead.
 */
final class Supervisor {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);
    /** Up this long after a restart, a server's next death counts as a first one again. */
    static final Duration STABLE = Duration.ofMinutes(2);

    /** One watched server: how to tell it runs, and how to start it again (null: it cannot be). */
    record Watched(String name, BooleanSupplier alive, Runnable restart) {}

    private record Death(int inARow, Instant restartAt, Instant lastRestart) {}

    private final List<Watched> servers;
    private final Path logs;
    private final Progress progress;
    private final Clock clock;
    private final Map<String, Death> deaths = new ConcurrentHashMap<>();
    private final Map<String, Boolean> reported = new ConcurrentHashMap<>();
    private final Map<String, Boolean> paused = new ConcurrentHashMap<>();
    private volatile Thread watching;

    Supervisor(List<Watched> servers, Path logs, Progress progress, Clock clock) {
        this.servers = List.copyOf(servers);
        this.logs = logs;
        this.progress = progress;
        this.clock = clock;
    }

    /** Looks every {@code interval} on a daemon thread of its own until {@link #stop}. */
    void watch(Duration interval) {
        Thread thread = new Thread(() -> lookUntilStopped(interval), "planmon-supervisor");
        thread.setDaemon(true);
        watching = thread;
        thread.start();
    }

    /** Stops looking, so that servers being stopped on purpose are not started again. */
    void stop() {
        Thread thread = watching;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void lookUntilStopped(Duration interval) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(interval.toMillis());
                check();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Leaves a server alone while someone else stops and starts it on purpose (a test's stopService). */
    void pause(String name, boolean pausedNow) {
        paused.put(name, pausedNow);
    }

    /** One look at every server: report and schedule the dead, restart those whose pause is over. */
    void check() {
        Instant now = clock.instant();
        for (Watched server : servers) {
            if (paused.getOrDefault(server.name(), false) || server.alive().getAsBoolean()) {
                continue;
            }
            if (server.restart() == null) {
                if (reported.putIfAbsent(server.name(), true) == null) {
                    progress.say(server.name() + " died; it cannot be started again from here: stop with Ctrl-C and"
                            + " run ./planmon up again (its log: " + logs.resolve(server.name() + ".log") + ")");
                }
                continue;
            }
            Death death = deaths.get(server.name());
            if (death == null || death.restartAt() == null) {
                int inARow = death != null
                                && Duration.between(death.lastRestart(), now).compareTo(STABLE) < 0
                        ? death.inARow() + 1
                        : 1;
                Duration pause = pause(inARow);
                deaths.put(
                        server.name(), new Death(inARow, now.plus(pause), death == null ? now : death.lastRestart()));
                progress.say(String.format(
                        "%s died (log: %s); starting it again in %d s (death %d in a row)",
                        server.name(), logs.resolve(server.name() + ".log"), pause.toSeconds(), inARow));
            } else if (!now.isBefore(death.restartAt())) {
                restart(server, death, now);
            }
        }
    }

    private void restart(Watched server, Death death, Instant now) {
        try {
            server.restart().run();
            deaths.put(server.name(), new Death(death.inARow(), null, clock.instant()));
        } catch (RuntimeException e) {
            Duration pause = pause(death.inARow() + 1);
            deaths.put(server.name(), new Death(death.inARow() + 1, now.plus(pause), death.lastRestart()));
            progress.say(String.format(
                    "%s did not start again (%s); next try in %d s", server.name(), e.getMessage(), pause.toSeconds()));
        }
    }

    static Duration pause(int inARow) {
        long seconds = FIRST_PAUSE.toSeconds() << Math.min(inARow - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_PAUSE.toSeconds()));
    }
}
