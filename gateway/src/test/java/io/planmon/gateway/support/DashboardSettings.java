package io.planmon.gateway.support;

import io.planmon.gateway.config.DashboardConfig;
import java.time.Duration;

/** Dashboard settings for unit tests that build the dashboard's pieces without Quarkus. */
public final class DashboardSettings {
    private DashboardSettings() {}

    /** The defaults, with the given revalidation interval and session secret. */
    public static DashboardConfig of(Duration revalidateAfter, String sessionSecret) {
        return new DashboardConfig() {
            @Override
            public Duration timeout() {
                return Duration.ofSeconds(3);
            }

            @Override
            public Duration revalidateAfter() {
                return revalidateAfter;
            }

            @Override
            public Duration forgetAfter() {
                return Duration.ofMinutes(5);
            }

            @Override
            public String sessionSecret() {
                return sessionSecret;
            }

            @Override
            public boolean demoNotice() {
                return true;
            }
        };
    }
}
