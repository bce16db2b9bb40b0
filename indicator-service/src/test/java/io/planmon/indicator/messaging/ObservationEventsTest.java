package io.planmon.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.Topics;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** A stored value reaches the real broker through the outbox, keyed by indicator code, as a CloudEvent. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class ObservationEventsTest {

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void aStoredValueIsPublishedOnceAndAnUnchangedOneIsNot() {
        String body = "{\"value\": 812.5, \"note\": \"synthetic\"}";
        String path = "/api/v1/indicators/CARBON_EMISSIONS/observations/2024";
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = readAll(Duration.ofSeconds(30), "CARBON_EMISSIONS");

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo("CARBON_EMISSIONS");
        CloudEvent<?> event = EventCodec.decode(record.value()).orElseThrow();
        assertThat(event.type()).isEqualTo("io.planmon.observation.recorded.v1");
        assertThat(event.source()).isEqualTo("/planmon/indicator-service");
        ObservationRecordedV1 data = (ObservationRecordedV1) event.data();
        assertThat(data.period()).isEqualTo("2024");
        assertThat(data.value()).isEqualByComparingTo("812.5");
        assertThat(data.department()).isEqualTo("ECO");
        assertThat(data.recordedBy()).isEqualTo("dept-eco");
    }

    /**
     * Reads the topic from the start, keeping the records of one key, until {@code wait} has passed or three seconds
     * after the first one arrived (long enough for the relay, which polls every second, to send a duplicate).
     */
    private static List<ConsumerRecord<String, String>> readAll(Duration wait, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlanmonTestResource.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.OBSERVATIONS));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                if (found.size() == 1) {
                    deadline = Math.min(
                            deadline, System.nanoTime() + Duration.ofSeconds(3).toNanos());
                }
            }
        }
        return found;
    }
}
