package io.planmon.devstack.process;

import io.planmon.devstack.StackException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The child process of a server that can be started, stopped and started again. A stop from another thread (Ctrl-C
 * while the stack is still starting) never misses a process that is being launched at that moment.
 */
public final class ProcessSlot {

    private final String name;
    private final Duration stopGrace;
    private volatile ChildProcess process;
    private volatile boolean stopping;

    public ProcessSlot(String name, Duration stopGrace) {
        this.name = name;
        this.stopGrace = stopGrace;
    }

    /** Launches the process into the slot; fails if the slot is stopped while launching. */
    public ChildProcess launch(Supplier<ChildProcess> launcher) {
        ChildProcess running = process;
        if (running != null && running.isAlive()) {
            throw new StackException(name + " is already running (pid " + running.pid() + ")");
        }
        stopping = false;
        ChildProcess launched = launcher.get();
        process = launched;
        if (stopping) {
            launched.stop(stopGrace);
            throw new StackException(name + " was stopped while it was starting");
        }
        return launched;
    }

    /** Whether the slot's process runs (false before the first launch). */
    public boolean isAlive() {
        ChildProcess running = process;
        return running != null && running.isAlive();
    }

    /** The running process's pid. */
    public long pid() {
        ChildProcess running = process;
        if (running == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return running.pid();
    }

    /** Stops the process, if any, gracefully then forcibly, and waits until it has exited. */
    public void stop() {
        stopping = true;
        ChildProcess running = process;
        if (running != null) {
            running.stop(stopGrace);
        }
    }
}
