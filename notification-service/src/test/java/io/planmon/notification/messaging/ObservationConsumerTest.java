package io.planmon.notification.messaging;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.awaitEntry;
import static io.planmon.notification.support.ActivityApi.feed;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.ObservationEvents.observation;
import static io.planmon.notification.support.ObservationEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.Topics;
import io.planmon.notification.support.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class ObservationConsumerTest {
    private static final String DLQ = "planmon.dlq.notification-service";

    @ConfigProperty(name = "mp.messaging.incoming.observations.topic")
    String topic;

    @Test
    void channelReadsTheObservationsTopic() {
        assertThat(topic).isEqualTo(Topics.OBSERVATIONS);
    }

    @Test
    void anObservationBecomesAFeedEntry() throws Exception {
        CloudEvent<?> event = observation("GDP_PER_CAPITA", "131.0");
        publish(event);

        Map<String, Object> entry = awaitEntry("GDP_PER_CAPITA", event.id());
        assertThat(entry)
                .containsEntry("eventType", "io.planmon.observation.recorded.v1")
                .containsEntry("subject", "GDP_PER_CAPITA")
                .containsEntry("department", "STATS")
                .containsEntry("summary", "统计局 GDP_PER_CAPITA 2025 = 131.0（第1版）")
                .containsEntry("summaryEn", "STATS reported GDP_PER_CAPITA 2025 = 131.0 (revision 1)");
        assertThat(entry.get("occurredAt")).isNotNull();
        assertThat(entry.get("recordedAt")).isNotNull();
    }

    @Test
    void aRevisionSaysWhatItReplacedAndAnUnknownDepartmentKeepsItsCode() throws Exception {
        String code = uniqueCode();
        CloudEvent<?> event = observation(code, "TOWN_ZJJ", "2026Q1", "5.2", 2, "4.9");
        publish(event);

        assertThat(awaitEntry(code, event.id()))
                .containsEntry("summary", "TOWN_ZJJ " + code + " 2026Q1 = 5.2（第2版，原为 4.9）")
                .containsEntry("summaryEn", "TOWN_ZJJ reported " + code + " 2026Q1 = 5.2 (revision 2, was 4.9)");
    }

    @Test
    void theSameEventTwiceIsOneEntry() throws Exception {
        String code = uniqueCode();
        CloudEvent<?> event = observation(code, "100.0");
        publish(event);
        publish(event);
        // Same key, same partition: once the marker is in, both copies were consumed before it.
        CloudEvent<?> marker = observation(code, "101.0");
        publish(marker);

        awaitEntry(code, marker.id());
        assertThat(feed(code, 500)).extracting(e -> e.get("eventId")).containsExactly(marker.id(), event.id());
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String poison = "not a planmon event " + UUID.randomUUID();
        try (KafkaConsumer<String, String> dlq = TestKafka.consumerFromStart(DLQ)) {
            TestKafka.send(Topics.OBSERVATIONS, "poison", poison);

            List<ConsumerRecord<String, String>> parked = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                KafkaClients.poll(dlq).stream()
                        .filter(r -> poison.equals(r.value()))
                        .forEach(parked::add);
                assertThat(parked).hasSize(1);
            });
            var reason = parked.get(0).headers().lastHeader("dead-letter-reason");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("malformed event");
        }

        String code = uniqueCode();
        CloudEvent<?> next = observation(code, "7.0");
        publish(next);
        awaitEntry(code, next.id());
    }

    @Test
    void anEventTypeTheFeedDoesNotKnowIsSkipped() throws Exception {
        String code = uniqueCode();
        String future = EventCodec.encode(new CloudEvent<>(
                "1.0",
                UUID.randomUUID().toString(),
                "/planmon/future",
                "io.planmon.future.v9",
                code,
                null,
                "application/json",
                Map.of("anything", 1)));
        TestKafka.send(Topics.OBSERVATIONS, code, future);
        CloudEvent<?> marker = observation(code, "1.0");
        publish(marker);

        awaitEntry(code, marker.id());
        assertThat(feed(code, 500)).extracting(e -> e.get("eventId")).containsExactly(marker.id());
    }
}
