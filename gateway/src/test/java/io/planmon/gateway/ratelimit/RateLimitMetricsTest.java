package io.planmon.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refusals are counted per client, but never in more series than the configured number of client tags. */
class RateLimitMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RateLimitMetrics metrics =
            new RateLimitMetrics(registry, new Limits.Config(new Limits.Limit(1, 1), Map.of(), 3));

    @Test
    void tagsTheFirstClientsAndCountsTheRestAsOther() {
        metrics.countRefused("dept-stats");
        metrics.countRefused("dept-eco");
        metrics.countRefused("dept-stats");
        for (int client = 0; client < 100; client++) {
            metrics.countRefused("client-" + client);
        }

        assertThat(count("dept-stats")).isEqualTo(2);
        assertThat(count("dept-eco")).isEqualTo(1);
        // client-0 took the third tag; the other 99 share "other".
        assertThat(count("client-0")).isEqualTo(1);
        assertThat(count(RateLimitMetrics.OTHER)).isEqualTo(99);
        assertThat(registry.find(RateLimitMetrics.NAME).counters()).hasSize(4);
    }

    private double count(String client) {
        return registry.get(RateLimitMetrics.NAME)
                .tag("client", client)
                .counter()
                .count();
    }
}
