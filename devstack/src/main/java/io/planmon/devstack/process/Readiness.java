package io.planmon.devstack.process;

import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits until a server answers, reporting the elapsed time every few seconds, and fails at once with the tail of its log
 * when the server's process dies instead.
 */
public final class Readiness {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    private static final int TAIL_LINES = 40;

    private Readiness() {}

    /** Polls {@code check} until it is true; {@code child} may be null for a server that is not our child. */
    public static void await(
            String name, ChildProcess child, Duration timeout, Progress progress, BooleanSupplier check) {
        long start = System.nanoTime();
        long nextReport = start + REPORT_EVERY.toNanos();
        while (true) {
            if (child != null && !child.isAlive()) {
                throw new StackException(name + " exited with code " + child.exitCode() + " while starting; the end of "
                        + child.logFile() + ":\n" + child.logTail(TAIL_LINES));
            }
            if (check.getAsBoolean()) {
                return;
            }
            long now = System.nanoTime();
            if (now - start > timeout.toNanos()) {
                String tail =
                        child == null ? "" : "; the end of " + child.logFile() + ":\n" + child.logTail(TAIL_LINES);
                throw new StackException(name + " was not ready after " + timeout.toSeconds() + " s" + tail);
            }
            if (now >= nextReport) {
                progress.say("  … still waiting for " + name + " (" + (now - start) / 1_000_000_000L + " s)");
                nextReport += REPORT_EVERY.toNanos();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + name);
            }
        }
    }
}
