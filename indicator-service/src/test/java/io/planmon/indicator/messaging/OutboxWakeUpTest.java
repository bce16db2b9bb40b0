package io.planmon.indicator.messaging;

import static io.planmon.indicator.rest.Api.push;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.Topics;
import io.planmon.kit.jdbc.DirectConnections;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With the timed poll an hour apart, events still reach Kafka: a commit here wakes the relay, and so does a commit
 * this instance did not make (rows written in plain SQL, as another instance's would be), through PostgreSQL's
 * NOTIFY. No timing is asserted, only that it happens within a timeout far shorter than the poll.
 */
@QuarkusTest
@TestProfile(HourlyPoll.class)
@QuarkusTestResource(PlanmonTestResource.class)
class OutboxWakeUpTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOPIC = "planmon.test.outbox-wake-up";

    @Inject
    DirectConnections connections;

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void aPushedValueReachesKafkaWithoutThePoll() {
        push("TEST_WAKE_UP", "2025", "90").statusCode(201);

        List<CloudEvent<?>> events =
                TopicReader.read(Topics.OBSERVATIONS, "TEST_WAKE_UP", EventType.OBSERVATION_RECORDED.type(), 1, WAIT);

        assertThat(events).hasSize(1);
    }

    @Test
    void aCommitOfAnotherInstanceWakesThisRelay() throws Exception {
        String key = "ELSEWHERE-" + UUID.randomUUID();
        try (KeyedTopic topic = new KeyedTopic(TOPIC)) {
            // A connection outside this instance's pool, as another instance's: the pool's own commits ring the
            // relay themselves, and their notifications are passed over.
            new OutboxRowsSql(() -> connections.open("another-instance", Map.of()))
                    .insert(TOPIC, key, "written elsewhere");

            assertThat(topic.await(key, 1, WAIT)).containsExactly("written elsewhere");
        }
    }
}
