package io.planmon.gateway;

import io.vertx.core.Vertx;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * A clean-up run on a Vert.x timer from startup to shutdown, off every caller's path: the caches and the rate limiter
 * forget what has gone idle this way, so starting, running and cancelling the timer is written once.
 */
public final class PeriodicSweep {

    /** Whether a sweep forgets a value, at the sweep's {@code now} ({@link System#nanoTime()}). */
    @FunctionalInterface
    public interface Forget<T> {
        boolean test(T value, long now);
    }

    private Vertx vertx;
    private long timer = -1;

    /** Runs {@code sweep} every {@code intervalMillis} on {@code vertx}'s timer until {@link #stop}. */
    public void start(Vertx vertx, long intervalMillis, Runnable sweep) {
        this.vertx = vertx;
        timer = vertx.setPeriodic(intervalMillis, id -> sweep.run());
    }

    /**
     * Every {@code periodNanos}, but not more often than once a second, removes from {@code values} (a concurrent
     * map's view) each value that {@code forget} says has gone idle, until {@link #stop}.
     */
    public <T> void forgetting(Vertx vertx, Collection<T> values, long periodNanos, Forget<T> forget) {
        start(vertx, Math.max(1_000, TimeUnit.NANOSECONDS.toMillis(periodNanos)), () -> {
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
