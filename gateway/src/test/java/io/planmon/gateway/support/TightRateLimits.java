package io.planmon.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Three calls at once, then one every two seconds, for the department systems dept-stats and dept-eco, and for each
 * person signing in through the dashboard.
 */
public class TightRateLimits implements QuarkusTestProfile {
    public static final int BURST = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "planmon.rate-limit.clients.dashboard.requests-per-second",
                "0.5",
                "planmon.rate-limit.clients.dashboard.burst",
                Integer.toString(BURST),
                "planmon.rate-limit.clients.\"dept-stats\".requests-per-second",
                "0.5",
                "planmon.rate-limit.clients.\"dept-stats\".burst",
                Integer.toString(BURST),
                "planmon.rate-limit.clients.\"dept-eco\".requests-per-second",
                "0.5",
                "planmon.rate-limit.clients.\"dept-eco\".burst",
                Integer.toString(BURST));
    }
}
