package io.planmon.devstack.process;

import io.planmon.devstack.Progress;

/**
 * A server whose one process lives in a {@link ProcessSlot}: whether it runs, its pid and its stop are the slot's,
 * so Kafka, Keycloak and each service say it once here instead of three times, and a stack starts, restarts and
 * watches each of them the same way.
 */
public interface SlottedServer extends AutoCloseable {

    /** Launches the server's process into its slot and waits until the server is ready. */
    void start(Progress progress);

    /** The slot that holds the server's process. */
    ProcessSlot slot();

    /** Whether the server's process runs. */
    default boolean isAlive() {
        return slot().isAlive();
    }

    /** The running process's pid (for Keycloak the launch script's; the JVM is its child). */
    default long pid() {
        return slot().pid();
    }

    /** Stops the server gracefully, then forcibly, and waits until its process tree has exited. */
    @Override
    default void close() {
        slot().stop();
    }
}
