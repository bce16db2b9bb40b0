package io.planmon.notification.messaging;

import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.alertsOf;
import static io.planmon.notification.support.AlertEvents.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.Topics;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A burst of status changes, as a bulk import produces them, sent at once like the pipelined relay does: each
 * indicator's alerts still come out as if the changes had come one by one, with no duplicate open alert and no lost
 * recovery.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class AlertBurstTest {
    private static final int PAIRS = 60;

    @Test
    void aBurstOfFlipsLeavesExactlyTheAlertsOfItsOrder() throws Exception {
        String endsOff = uniqueCode();
        String endsOn = uniqueCode();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < PAIRS; i++) {
                send(producer, status(endsOff, "STATS", "2025", "ON_TRACK", "OFF_TRACK"));
                send(producer, status(endsOn, "STATS", "2025", "ON_TRACK", "OFF_TRACK"));
                send(producer, status(endsOff, "STATS", "2025", "OFF_TRACK", "ON_TRACK"));
                send(producer, status(endsOn, "STATS", "2025", "OFF_TRACK", "ON_TRACK"));
            }
            send(producer, status(endsOff, "STATS", "2025", "ON_TRACK", "OFF_TRACK"));
            producer.flush();
        }

        List<Map<String, Object>> off = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> alertsOf(endsOff), list -> list.size() == PAIRS + 1 && states(list, "FIRING") == 1);
        List<Map<String, Object>> on = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> alertsOf(endsOn), list -> list.size() == PAIRS && states(list, "RESOLVED") == PAIRS);

        assertThat(states(off, "RESOLVED")).isEqualTo(PAIRS);
        assertThat(states(on, "FIRING")).isZero();
        // Settled: a second look a moment later finds the same, no straggler opens or resolves anything.
        Thread.sleep(2_000);
        assertThat(alertsOf(endsOff)).hasSize(PAIRS + 1);
        assertThat(states(alertsOf(endsOn), "RESOLVED")).isEqualTo(PAIRS);
    }

    private static long states(List<Map<String, Object>> alerts, String state) {
        return alerts.stream().filter(a -> state.equals(a.get("state"))).count();
    }

    private static void send(KafkaProducer<String, String> producer, CloudEvent<?> event) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.INDICATOR_STATUS, event.subject(), EventCodec.encode(event));
        record.headers()
                .add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlanmonTestResource.kafkaBootstrap(),
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, "5"),
                new StringSerializer(),
                new StringSerializer());
    }
}
