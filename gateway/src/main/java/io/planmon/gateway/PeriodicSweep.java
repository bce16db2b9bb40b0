package io.planmon.gateway;

import io.vertx.core.Vertx;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * A clean-up run on a Vert.x timer from startup to shutdown, off every caller's path: the caches and the rate limiter
 * forget what has gone idle this way, and each started, ran and cancelled its timer in the same lines before.
 */
public final class PeriodicSweep {

    /** Whether a sweep forgets a value, at the sweep's {@code now} ({@link System#nanoTime()}). */
    @FunctionalInterface
    public interface Forget<T> {
        boolean test(T value, long now);
    }

    private final Vertx vertx;
    private long timer = -1;

    public PeriodicSweep(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Runs {@code sweep} every {@code intervalMillis} until {@link #stop}. */
    public void start(long intervalMillis, Runnable sweep) {
        timer = vertx.setPeriodic(intervalMillis, id -> sweep.run());
    }

    /**
     * Every {@code periodNanos}, but not more often than once a second, removes from {@code values} (a concurrent
     * map's view) each value that {@code forget} says has gone idle, until {@link #stop}.
     */
    public <T> void forgetting(Collection<T> values, long periodNanos, Forget<T> forget) {
        start(Math.max(1_000, TimeUnit.NANOSECONDS.toMillis(periodNanos)), () -> {
            long now = System.nanoTime();
            values.removeIf(value -> forget.test(value, now));
        });
    }

    /** Cancels the timer; nothing to do when it never started. */
    public void stop() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }
}
