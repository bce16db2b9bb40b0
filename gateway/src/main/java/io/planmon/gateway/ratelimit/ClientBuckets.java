package io.planmon.gateway.ratelimit;

import io.planmon.gateway.config.RateLimitConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The token buckets of the callers that called recently: one per department system, one per person (see
 * {@link Caller}), each with its client's rate. A bucket is created on a caller's first call and dropped again once it
 * has refilled completely, so memory grows with the callers active in the last {@code burst / requests-per-second}
 * seconds, not with every client or person ever seen.
 */
@ApplicationScoped
@Startup
public class ClientBuckets {

    private final ConcurrentMap<Key, TokenBucket> buckets = new ConcurrentHashMap<>();
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

    /** Takes one token from a department system's bucket: O(1), never blocking. */
    public Decision take(String client) {
        return take(client, null);
    }

    /**
     * Takes one token from the bucket of the person {@code subject} signed in through {@code client}, or, with a null
     * subject, from the client's own bucket.
     */
    public Decision take(String client, String subject) {
        long now = clock.nanoTime();
        Key key = new Key(client, subject);
        TokenBucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = buckets.computeIfAbsent(
                    key, k -> new TokenBucket(clientRates.getOrDefault(client, defaultRate), now));
        }
        return bucket.take(now);
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

    /** A client's own bucket (no subject) or one of its people's. */
    private record Key(String client, String subject) {}
}
