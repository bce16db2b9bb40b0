package io.planmon.task.messaging;

import static io.planmon.task.support.IndicatorStatusEvents.linked;
import static io.planmon.task.support.IndicatorStatusEvents.publish;
import static io.planmon.task.support.IndicatorStatusEvents.statusEvent;
import static io.planmon.task.support.IndicatorStatusEvents.uniqueIndicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.devstack.test.BrokenTable;
import io.planmon.devstack.test.InboxRows;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.Topics;
import io.planmon.task.service.TaskAdminService;
import io.planmon.task.support.Fixtures;
import io.planmon.task.support.Kafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A database outage while an indicator status arrives: the consumer retries in place and applies the event once
 * the database is back; only when the retry budget is spent does the event go to the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "viewer", roles = "viewer")
class TransientFailureTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DLQ = "planmon.dlq.task-service";
    private static final String CONSUMER = IndicatorStatusConsumer.CONSUMER;

    @Inject
    TaskAdminService admin;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventThatMeetsABrokenDatabaseIsRetriedAndAppliedOnceItIsBack() throws Exception {
        String code = uniqueIndicator();
        long task = admin.create(Fixtures.transportTask(code)).id;
        CloudEvent<?> event = statusEvent(code, "2026", null, "AT_RISK");
        double failed = failedAttempts();
        double processed = consumed("processed");

        try (BrokenTable broken = BrokenTable.rename(dataSource, "indicator_status")) {
            publish(code, event);
            await().atMost(PATIENCE).until(() -> failedAttempts() > failed);
            // Still being retried: neither applied nor parked.
            assertThat(broken.count("indicator_code = ?", code)).isZero();
            assertThat(inboxRows(event.id())).isZero();
            assertThat(Kafka.read(DLQ, code, 1, Duration.ofSeconds(2))).isEmpty();
        }

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(linked(task, code)).containsEntry("status", "AT_RISK"));
        assertThat(inboxRows(event.id())).isEqualTo(1);
        assertThat(consumed("processed") - processed).isEqualTo(1.0);
        assertThat(Kafka.read(DLQ, code, 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void anEventStillFailingWhenTheRetriesAreSpentGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String code = uniqueIndicator();
        long task = admin.create(Fixtures.transportTask(code)).id;
        CloudEvent<?> event = statusEvent(code, "2026", null, "OFF_TRACK");
        String json = EventCodec.encode(event);
        double failed = failedAttempts();
        double deadLettered = consumed("dead-lettered-after-retries");

        List<ConsumerRecord<String, String>> parked;
        try (BrokenTable broken = BrokenTable.rename(dataSource, "indicator_status")) {
            TestKafka.send(Topics.INDICATOR_STATUS, code, json);
            parked = Kafka.read(DLQ, code, 1, PATIENCE);
        }

        assertThat(parked).extracting(ConsumerRecord::value).containsExactly(json);
        assertThat(new String(
                        parked.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("indicator_status")
                .doesNotContain("malformed event");
        assertThat(failedAttempts() - failed).as("attempts before giving up").isGreaterThan(1.0);
        assertThat(consumed("dead-lettered-after-retries") - deadLettered).isEqualTo(1.0);
        assertThat(registry.find("planmon.events.dead-lettered")
                        .tags("consumer", CONSUMER, "reason", "sql-42P01")
                        .counter())
                .isNotNull();
        assertThat(inboxRows(event.id())).isZero();

        // The partition moved on: the next event of the same key is applied.
        publish(code, statusEvent(code, "2026", null, "ON_TRACK"));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(linked(task, code)).containsEntry("status", "ON_TRACK"));
    }

    private double failedAttempts() {
        return registry.find("planmon.events.attempts.failed").tag("consumer", CONSUMER).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private double consumed(String outcome) {
        Counter counter = registry.find("planmon.events.consumed")
                .tags("consumer", CONSUMER, "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private long inboxRows(String eventId) throws Exception {
        return InboxRows.count(dataSource, CONSUMER, eventId);
    }
}
