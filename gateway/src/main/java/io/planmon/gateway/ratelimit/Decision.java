package io.planmon.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

/**
 * What a bucket said to one call: whether it may pass, and the numbers for the {@code RateLimit-*} and
 * {@code Retry-After} headers.
 *
 * @param limit the bucket's capacity
 * @param remaining whole tokens left after this call
 * @param retryAfterNanos for a refused call, how long until one token is back; 0 otherwise
 * @param resetNanos how long until the bucket is full again
 */
public record Decision(boolean allowed, int limit, long remaining, long retryAfterNanos, long resetNanos) {

    /** Whole seconds, rounded up: a client that waits that long is sure to get through. */
    public long retryAfterSeconds() {
        return Math.max(1, ceilSeconds(retryAfterNanos));
    }

    public long resetSeconds() {
        return ceilSeconds(resetNanos);
    }

    private static long ceilSeconds(long nanos) {
        long second = TimeUnit.SECONDS.toNanos(1);
        return nanos / second + (nanos % second == 0 ? 0 : 1);
    }
}
