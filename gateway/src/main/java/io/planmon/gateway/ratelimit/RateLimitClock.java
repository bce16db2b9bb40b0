package io.planmon.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

/** The monotonic time the buckets refill by; a bean so that tests can move time on instead of waiting for it. */
@ApplicationScoped
public class RateLimitClock {

    /** Nanoseconds from an arbitrary origin, like {@link System#nanoTime()}: only differences mean anything. */
    public long nanoTime() {
        return System.nanoTime();
    }
}
