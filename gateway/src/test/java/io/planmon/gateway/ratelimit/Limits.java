package io.planmon.gateway.ratelimit;

import io.planmon.gateway.config.RateLimitConfig;
import java.time.Duration;
import java.util.Map;

/** Rate-limit configuration for the unit tests, without starting Quarkus. */
final class Limits {
    private Limits() {}

    record Limit(double requestsPerSecond, int burst) implements RateLimitConfig.Limit {}

    record Config(Limit defaults, Map<String, RateLimitConfig.Limit> clients, int maxClientTags)
            implements RateLimitConfig {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Duration sweepInterval() {
            return Duration.ofMinutes(1);
        }
    }

    static Config of(Limit defaults, Map<String, RateLimitConfig.Limit> clients) {
        return new Config(defaults, clients, 50);
    }
}
