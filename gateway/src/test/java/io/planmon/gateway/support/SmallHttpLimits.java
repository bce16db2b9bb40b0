package io.planmon.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A body limit of a few kilobytes, so that a test can exceed it cheaply, and a client whose second call is refused. */
public class SmallHttpLimits implements QuarkusTestProfile {
    public static final int MAX_BODY = 4 * 1024;
    public static final String THROTTLED_CLIENT = "throttled";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.limits.max-body-size",
                Integer.toString(MAX_BODY),
                "planmon.rate-limit.clients." + THROTTLED_CLIENT + ".requests-per-second",
                "0.001",
                "planmon.rate-limit.clients." + THROTTLED_CLIENT + ".burst",
                "1");
    }
}
