package io.planmon.indicator.messaging;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The relay's timed poll once an hour: whatever reaches Kafka in a test of this profile was sent because of a wake-up. */
public class HourlyPoll implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("planmon.outbox.poll-interval", "1h");
    }
}
