package io.planmon.gateway.ratelimit;

import io.planmon.gateway.config.RateLimitConfig;

/**
 * A token bucket's limit expressed in time, as the bucket computes with it: one token is worth {@code intervalNanos},
 * a full bucket {@code capacityNanos}.
 */
record Rate(int burst, long intervalNanos, long capacityNanos) {

    static Rate of(String client, RateLimitConfig.Limit limit) {
        double perSecond = limit.requestsPerSecond();
        int burst = limit.burst();
        // Caught at startup, not at the first call of the client that was misconfigured.
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate limit of " + client + ": requests-per-second must be above 0 and"
                    + " burst at least 1, not " + perSecond + " and " + burst);
        }
        long interval = Math.max(1, Math.round(1e9 / perSecond));
        try {
            return new Rate(burst, interval, Math.multiplyExact(interval, (long) burst));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("rate limit of " + client + ": burst " + burst + " at " + perSecond
                    + " requests per second spans more time than the bucket can count");
        }
    }
}
