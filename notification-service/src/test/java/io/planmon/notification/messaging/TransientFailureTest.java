package io.planmon.notification.messaging;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.awaitEntry;
import static io.planmon.notification.support.ActivityApi.feed;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.alertsOf;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.devstack.test.BrokenTable;
import io.planmon.devstack.test.InboxRows;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.notification.service.activity.ActivityRecorder;
import io.planmon.notification.service.alert.AlertEngine;
import io.planmon.notification.support.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * A database outage between the two handlers of one message: the activity feed commits, the alert engine fails.
 * The message is retried in place; the retry finds the feed's inbox row and adds no second entry, and the alert
 * fires once the database is back. Nothing reaches the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class TransientFailureTest {
    private static final String DLQ = "planmon.dlq.notification-service";

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void aRetryAfterTheFeedCommittedAddsNoSecondEntryAndTheAlertFiresOnceTheDatabaseIsBack() throws Exception {
        String code = uniqueCode();
        CloudEvent<?> offTrack = status(code, uniqueDepartment(), "2026", "ON_TRACK", "OFF_TRACK");
        double failed = failedAttempts();
        double feedDuplicates = consumed(ActivityRecorder.CONSUMER, "duplicate");
        double alertsProcessed = consumed(AlertEngine.CONSUMER, "processed");

        try (KafkaConsumer<String, String> dlq = TestKafka.consumerFromStart(DLQ)) {
            try (BrokenTable broken = BrokenTable.rename(dataSource, "alert")) {
                publish(offTrack);
                awaitEntry(code, offTrack.id());
                await().atMost(PATIENCE).until(() -> failedAttempts() > failed);
                // Still being retried: the feed has it, the alert engine not, and nothing is parked.
                assertThat(broken.count("subject_code = ?", code)).isZero();
                assertThat(inboxRows(ActivityRecorder.CONSUMER, offTrack.id())).isEqualTo(1);
                assertThat(inboxRows(AlertEngine.CONSUMER, offTrack.id())).isZero();
                assertThat(parkedWithKey(dlq, code, Duration.ofSeconds(2))).isEmpty();
            }

            assertThat(awaitAlert(code, "FIRING")).containsEntry("severity", "CRITICAL");
            assertThat(alertsOf(code)).hasSize(1);
            assertThat(feed(code, 500)).extracting(e -> e.get("eventId")).containsExactly(offTrack.id());
            assertThat(inboxRows(ActivityRecorder.CONSUMER, offTrack.id())).isEqualTo(1);
            assertThat(inboxRows(AlertEngine.CONSUMER, offTrack.id())).isEqualTo(1);
            assertThat(consumed(ActivityRecorder.CONSUMER, "duplicate") - feedDuplicates)
                    .as("retries that found the feed's inbox row")
                    .isGreaterThanOrEqualTo(1.0);
            assertThat(consumed(AlertEngine.CONSUMER, "processed") - alertsProcessed)
                    .isEqualTo(1.0);
            assertThat(parkedWithKey(dlq, code, Duration.ofSeconds(2))).isEmpty();
        }
    }

    private double failedAttempts() {
        return registry
                .find("planmon.events.attempts.failed")
                .tag("consumer", PlanEventConsumer.INDICATOR_STATUS)
                .counters()
                .stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private double consumed(String consumer, String outcome) {
        Counter counter = registry.find("planmon.events.consumed")
                .tags("consumer", consumer, "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private long inboxRows(String consumer, String eventId) throws Exception {
        return InboxRows.count(dataSource, consumer, eventId);
    }

    /** The dead-letter records of {@code key} that arrive while polling for {@code wait}. */
    private static List<String> parkedWithKey(KafkaConsumer<String, String> dlq, String key, Duration wait) {
        List<String> parked = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaClients.poll(dlq).stream().filter(r -> key.equals(r.key())).forEach(r -> parked.add(r.value()));
        }
        return parked;
    }
}
