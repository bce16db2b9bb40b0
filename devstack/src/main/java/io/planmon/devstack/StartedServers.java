package io.planmon.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The servers a stack has launched, in layers (PostgreSQL; Kafka and Keycloak; the services; the gateway). Stopping goes
 * layer by layer from the top, each layer in parallel, so nothing loses a server it still uses while shutting down.
 */
final class StartedServers {

    static final int DATABASE = 0;
    static final int BROKERS = 1;
    static final int SERVICES = 2;
    static final int GATEWAY = 3;

    private record Server(String name, AutoCloseable server) {}

    private final List<List<Server>> layers = new ArrayList<>();
    private final RunDirectory run;
    private final Progress progress;
    private boolean closed;

    StartedServers(RunDirectory run, Progress progress) {
        for (int i = 0; i <= GATEWAY; i++) {
            layers.add(new ArrayList<>());
        }
        this.run = run;
        this.progress = progress;
    }

    /**
     * Adds the server before it launches (a stop during its start must still reach it), runs {@code start}, records
     * the pid for {@code ./planmon down} and reports how long it took.
     */
    void start(int layer, String name, String announcement, AutoCloseable server, Runnable start, LongSupplier pid) {
        long begin = System.nanoTime();
        progress.say(announcement);
        synchronized (this) {
            if (closed) {
                throw new StackException("the stack was stopped while " + name + " was starting");
            }
            layers.get(layer).add(new Server(name, server));
        }
        start.run();
        run.writePid(name, pid.getAsLong());
        progress.say(String.format("%s ready in %.1f s", name, (System.nanoTime() - begin) / 1e9));
    }

    /** Starts a server that was registered by {@link #start} and has been stopped since; records its new pid. */
    void restart(String name, Runnable start, LongSupplier pid) {
        long begin = System.nanoTime();
        progress.say(name + ": starting again");
        synchronized (this) {
            if (closed) {
                throw new StackException("the stack was stopped, " + name + " cannot start again");
            }
        }
        start.run();
        run.writePid(name, pid.getAsLong());
        progress.say(String.format("%s ready again in %.1f s", name, (System.nanoTime() - begin) / 1e9));
    }

    /** Stops everything, top layer first, and waits until each server has exited. Safe to call more than once. */
    void stopAll() {
        List<List<Server>> snapshot;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            snapshot = layers.stream().map(List::copyOf).toList();
        }
        for (int layer = snapshot.size() - 1; layer >= 0; layer--) {
            List<Runnable> stops =
                    snapshot.get(layer).stream().map(this::stopper).toList();
            Parallel.runAll(stops, e -> progress.say("  " + e.getMessage()));
        }
    }

    private Runnable stopper(Server server) {
        return () -> {
            long start = System.nanoTime();
            try {
                server.server().close();
            } catch (Exception e) {
                throw new StackException("stopping " + server.name() + " failed: " + e.getMessage(), e);
            } finally {
                run.removePid(server.name());
            }
            progress.say(String.format("%s stopped in %.1f s", server.name(), (System.nanoTime() - start) / 1e9));
        };
    }
}
