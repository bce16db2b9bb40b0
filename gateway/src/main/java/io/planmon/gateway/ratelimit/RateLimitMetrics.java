package io.planmon.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.gateway.config.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts refused calls per client ({@code planmon_gateway_rate_limited_total{client}}). The clients are the realm's
 * few Keycloak clients, but a realm grows: past {@code max-client-tags} distinct clients, new ones share the tag
 * {@value #OTHER}, so the number of series stays bounded.
 */
@ApplicationScoped
public class RateLimitMetrics {
    static final String NAME = "planmon.gateway.rate.limited";
    static final String OTHER = "other";

    private final MeterRegistry registry;
    private final int maxClientTags;
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    RateLimitMetrics(MeterRegistry registry, RateLimitConfig config) {
        this.registry = registry;
        this.maxClientTags = config.maxClientTags();
    }

    public void countRefused(String client) {
        Counter counter = counters.get(client);
        if (counter == null) {
            // Checked without a lock: under a burst of new clients a few more tags than the cap may appear, never many.
            String tag = counters.size() < maxClientTags ? client : OTHER;
            counter = counters.computeIfAbsent(tag, this::register);
        }
        counter.increment();
    }

    private Counter register(String tag) {
        return Counter.builder(NAME)
                .description("API calls refused with 429 because the client had used up its rate limit")
                .tag("client", tag)
                .register(registry);
    }
}
