package io.planmon.gateway.ratelimit;

import io.planmon.gateway.config.RateLimitConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The token buckets of the clients that called recently, each with its client's rate. A bucket is created on a client's
 * first call and dropped again once it has refilled completely, so memory grows with the clients active in the last
 * {@code burst / requests-per-second} seconds, not with every client ever seen.
 */
@ApplicationScoped
@Startup
public class ClientBuckets {

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitClock clock;
    private final Rate defaultRate;
    private final Map<String, Rate> clientRates;

    ClientBuckets(RateLimitConfig config, RateLimitClock clock) {
        this.clock = clock;
        this.defaultRate = Rate.of("the default", config.defaults());
        this.clientRates = config.clients().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> Rate.of(entry.getKey(), entry.getValue())));
    }

    /** Takes one token from the client's bucket: O(1), never blocking. */
    public Decision take(String client) {
        long now = clock.nanoTime();
        return buckets.computeIfAbsent(client, id -> new TokenBucket(clientRates.getOrDefault(id, defaultRate), now))
                .take(now);
    }

    /**
     * Drops the buckets that are full. A call that takes a token from a bucket in the instant it is being dropped is
     * forgotten, so that client may get one call more than its limit: a rare and harmless race, where locking every
     * call against the sweep would not be.
     */
    public int dropFull() {
        long now = clock.nanoTime();
        int before = buckets.size();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        return before - buckets.size();
    }

    int size() {
        return buckets.size();
    }
}
