package io.planmon.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One client's token bucket, kept in the form of the generic cell rate algorithm: instead of a token count and a
 * last-refill time it stores the one instant at which the bucket will be full again. Taking a token is then a single
 * compare-and-set, without a lock, so calls of one client on several event loops never wait for each other.
 */
final class TokenBucket {

    private final Rate rate;
    private final AtomicLong fullAt;

    /** A bucket that starts full, as an idle client's would be. */
    TokenBucket(Rate rate, long now) {
        this.rate = rate;
        this.fullAt = new AtomicLong(now);
    }

    Decision take(long now) {
        while (true) {
            long full = fullAt.get();
            // The tokens missing, as the time they take to come back; compared by difference, as nanoTime requires.
            long missing = Math.max(0, full - now);
            long missingAfter = missing + rate.intervalNanos();
            if (missingAfter > rate.capacityNanos()) {
                return new Decision(false, rate.burst(), 0, missingAfter - rate.capacityNanos(), missing);
            }
            if (fullAt.compareAndSet(full, now + missingAfter)) {
                long remaining = (rate.capacityNanos() - missingAfter) / rate.intervalNanos();
                return new Decision(true, rate.burst(), remaining, 0, missingAfter);
            }
            // Another call of the same client took a token in between: judge again on the new state.
        }
    }

    /** A full bucket holds no state that a new one would not: it can be dropped and recreated at no cost. */
    boolean isFull(long now) {
        return fullAt.get() - now <= 0;
    }
}
