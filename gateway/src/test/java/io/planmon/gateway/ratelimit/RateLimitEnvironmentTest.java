package io.planmon.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.config.RateLimitConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The variables {@code ./planmon up --bench} sets (and a deployment may) reach the limits: {@code
 * PLANMON_RATE_LIMIT_DEFAULT_*} and {@code PLANMON_RATE_LIMIT_CLIENTS_DASHBOARD_*}, the latter a key of a map.
 */
class RateLimitEnvironmentTest {

    @Test
    void environmentVariablesOverrideTheDefaultAndTheDashboardsLimits() throws IOException {
        RateLimitConfig limits = config(Map.of(
                        "PLANMON_RATE_LIMIT_DEFAULT_REQUESTS_PER_SECOND", "1000000",
                        "PLANMON_RATE_LIMIT_DEFAULT_BURST", "1000000",
                        "PLANMON_RATE_LIMIT_CLIENTS_DASHBOARD_REQUESTS_PER_SECOND", "1000000",
                        "PLANMON_RATE_LIMIT_CLIENTS_DASHBOARD_BURST", "1000000"))
                .getConfigMapping(RateLimitConfig.class);

        assertThat(limits.defaults().requestsPerSecond()).isEqualTo(1_000_000);
        assertThat(limits.defaults().burst()).isEqualTo(1_000_000);
        assertThat(limits.clients()).containsOnlyKeys("dashboard");
        assertThat(limits.clients().get("dashboard").requestsPerSecond()).isEqualTo(1_000_000);
        assertThat(limits.clients().get("dashboard").burst()).isEqualTo(1_000_000);
    }

    @Test
    void withoutThemTheShippedLimitsHold() throws IOException {
        RateLimitConfig limits = config(Map.of()).getConfigMapping(RateLimitConfig.class);

        assertThat(limits.defaults().burst()).isEqualTo(30);
        assertThat(limits.clients().get("dashboard").burst()).isEqualTo(100);
    }

    private static SmallRyeConfig config(Map<String, String> environment) throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = RateLimitEnvironmentTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        return new SmallRyeConfigBuilder()
                .withMapping(RateLimitConfig.class)
                // Quarkus' own reading of "1m", as the running gateway has it.
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(shipped, "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }
}
