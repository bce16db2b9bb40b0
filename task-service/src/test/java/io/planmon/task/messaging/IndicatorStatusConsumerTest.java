package io.planmon.task.messaging;

import static io.planmon.task.support.IndicatorStatusEvents.linked;
import static io.planmon.task.support.IndicatorStatusEvents.projectionRecovered;
import static io.planmon.task.support.IndicatorStatusEvents.publish;
import static io.planmon.task.support.IndicatorStatusEvents.statusEvent;
import static io.planmon.task.support.IndicatorStatusEvents.uniqueIndicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.InboxRows;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
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
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Indicator evaluations from indicator-service show on the tasks that serve them, each event applied once. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "viewer", roles = "viewer")
class IndicatorStatusConsumerTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TaskAdminService admin;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "mp.messaging.incoming.indicator-status.topic")
    String topic;

    @Test
    void theChannelReadsTheIndicatorStatusTopic() {
        assertThat(topic).isEqualTo(Topics.INDICATOR_STATUS);
    }

    @Test
    void theSameEventTwiceIsAppliedOnceAndAnOlderPeriodNeverHidesANewerOne() throws Exception {
        String code = uniqueIndicator();
        String marker = uniqueIndicator();
        long id = admin.create(Fixtures.transportTask(code, marker)).id;

        CloudEvent<?> atRisk = statusEvent(code, "2026Q2", "ON_TRACK", "AT_RISK");
        publish(code, atRisk);
        publish(code, statusEvent(code, "2026Q2", "AT_RISK", "OFF_TRACK"));
        publish(code, atRisk); // redelivered: must not bring AT_RISK back
        publish(code, statusEvent(code, "2026Q1", null, "ON_TRACK")); // an older period arriving late
        // Same key, same partition: once the marker shows, everything before it was consumed.
        publish(code, statusEvent(marker, "2026", null, "NO_TARGET"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(linked(id, marker))
                .containsEntry("status", "NO_TARGET")
                .containsEntry("period", "2026"));
        assertThat(linked(id, code)).containsEntry("status", "OFF_TRACK").containsEntry("period", "2026Q2");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String poison = "not a planmon event " + UUID.randomUUID();
        TestKafka.send(Topics.INDICATOR_STATUS, "poison", poison);
        var parked = Kafka.read("planmon.dlq.task-service", "poison", 1, PATIENCE);
        assertThat(parked).extracting(r -> r.value()).contains(poison);
        assertThat(new String(
                        parked.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("malformed event");

        String code = uniqueIndicator();
        long id = admin.create(Fixtures.transportTask(code)).id;
        publish(code, statusEvent(code, "2026", null, "ON_TRACK"));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(linked(id, code)).containsEntry("status", "ON_TRACK"));
    }

    @Test
    void aProjectionRecoveryIsAcknowledgedOnceAndLeavesTheLinkedStatusAlone() throws Exception {
        String code = uniqueIndicator();
        String marker = uniqueIndicator();
        long id = admin.create(Fixtures.transportTask(code, marker)).id;

        publish(code, statusEvent(code, "2026", null, "AT_RISK"));
        CloudEvent<?> recovery = projectionRecovered(code);
        publish(code, recovery);
        publish(code, recovery); // redelivered
        publish(code, statusEvent(marker, "2026", null, "NO_TARGET"));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(linked(id, marker)).containsEntry("status", "NO_TARGET"));
        assertThat(linked(id, code)).containsEntry("status", "AT_RISK").containsEntry("period", "2026");
        assertThat(inboxRows(recovery.id()))
                .as("decoded and acknowledged through the inbox, not parked as poison")
                .isOne();
    }

    private long inboxRows(String eventId) throws Exception {
        return InboxRows.count(dataSource, IndicatorStatusConsumer.CONSUMER, eventId);
    }
}
