package io.planmon.notification.domain.delivery;

import java.time.Duration;

/** Exponential backoff with a cap: initial, 2×, 4×, … never longer than {@code cap}. */
public record Backoff(Duration initial, Duration cap, int maxAttempts) {

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration after(int attempts) {
        Duration wait = initial;
        for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
