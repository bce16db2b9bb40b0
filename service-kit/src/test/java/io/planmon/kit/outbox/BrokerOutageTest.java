package io.planmon.kit.outbox;

import static io.planmon.kit.support.Events.overdue;
import static io.planmon.kit.support.Events.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.EventType;
import io.planmon.events.Topics;
import io.planmon.kit.support.Meters;
import io.planmon.kit.support.Sql;
import io.planmon.kit.support.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The broker stops while events are written: the writes commit, the relay's sends fail and are counted, the rows
 * stay pending with the error, and once the broker is back the same rows go out in order and
 * {@code planmon_outbox_pending} returns to 0. The relay's producer gives up on a send after 10 s here
 * ({@code planmon.outbox.kafka.*} in the test application's properties) instead of 30.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class BrokerOutageTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource db;

    @Inject
    Meters meters;

    @Test
    void eventsWrittenWhileTheBrokerIsAwayGoOutInOrderOnceItIsBack() throws Exception {
        String key = subject("OUTAGE");
        double failures = failures();
        PlanmonTestResource.stopKafka();
        try {
            for (int i = 1; i <= 3; i++) {
                String note = "#" + i;
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventType.TASK_OVERDUE, key, overdue(note)));
            }

            await().atMost(WAIT).until(() -> failures() > failures);
            assertThat(Sql.strings(
                            db,
                            "select count(*) from outbox_event where message_key = ? and published_at is null",
                            key))
                    .containsExactly("3");
            assertThat(Sql.string(
                            db, "select last_error from outbox_event where message_key = ? order by id limit 1", key))
                    .contains("TimeoutException");
            await().atMost(WAIT).until(() -> pending() >= 3);
        } finally {
            PlanmonTestResource.startKafka();
        }

        try (Topic topic = new Topic(Topics.TASKS)) {
            assertThat(topic.values(key, 3, WAIT))
                    .extracting(OutboxRelayTest::noteOf)
                    .containsExactly("#1", "#2", "#3");
        }
        await().atMost(WAIT).until(() -> pending() == 0);
        List<String> attempts = Sql.strings(
                db,
                "select attempts from outbox_event where message_key = ? and published_at is not null order by id",
                key);
        assertThat(attempts).hasSize(3);
        assertThat(Integer.parseInt(attempts.get(0)))
                .as("the first row's attempts")
                .isGreaterThanOrEqualTo(2);
    }

    private double failures() {
        return meters.count("planmon.outbox.failures");
    }

    private double pending() {
        return meters.gauge("planmon.outbox.pending");
    }
}
