package io.planmon.notification.messaging;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.awaitEntry;
import static io.planmon.notification.support.ActivityApi.feed;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.ObservationEvents.observation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Batch consumption keeps the single-message dead-letter semantics: a poison message among valid ones of the same key,
 * sent together so that they are fetched as one batch, goes to the dead-letter topic alone, and the valid ones before
 * and after it are each handled once, in order.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class BatchDeadLetterTest {
    private static final String DLQ = "planmon.dlq.notification-service";

    @Test
    void onlyThePoisonOfABatchIsParked() throws Exception {
        String code = uniqueCode();
        CloudEvent<?> before = observation(code, "1.0");
        CloudEvent<?> after = observation(code, "2.0");
        String poison = "not a planmon event, in a batch " + UUID.randomUUID();
        try (KafkaConsumer<String, String> dlq = TestKafka.consumerFromStart(DLQ)) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            PlanmonTestResource.kafkaBootstrap(),
                            ProducerConfig.LINGER_MS_CONFIG,
                            "50"),
                    new StringSerializer(),
                    new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.OBSERVATIONS, code, EventCodec.encode(before)));
                producer.send(new ProducerRecord<>(Topics.OBSERVATIONS, code, poison));
                producer.send(new ProducerRecord<>(Topics.OBSERVATIONS, code, EventCodec.encode(after)));
            }

            awaitEntry(code, after.id());
            assertThat(feed(code, 500)).extracting(e -> e.get("eventId")).containsExactly(after.id(), before.id());
            List<ConsumerRecord<String, String>> parked = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                KafkaClients.poll(dlq).stream()
                        .filter(r -> code.equals(r.key()))
                        .forEach(parked::add);
                assertThat(parked).extracting(ConsumerRecord::value).containsExactly(poison);
            });
        }
    }
}
