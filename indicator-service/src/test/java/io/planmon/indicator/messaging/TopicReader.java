package io.planmon.indicator.messaging;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the CloudEvents of one key from a topic of the real broker, from the start, with a fresh consumer group. */
final class TopicReader {
    private TopicReader() {}

    /**
     * The events of {@code key} and {@code type}: waits until {@code expected} arrived or {@code wait} passed, then
     * three seconds more, long enough for the relay (every second) to send one too many.
     */
    static List<CloudEvent<?>> read(String topic, String key, String type, int expected, Duration wait) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlanmonTestResource.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<CloudEvent<?>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + wait.toNanos();
            boolean extended = false;
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        EventCodec.decode(r.value())
                                .filter(e -> e.type().equals(type))
                                .ifPresent(found::add);
                    }
                });
                if (found.size() >= expected && !extended) {
                    extended = true;
                    deadline = Math.min(
                            deadline, System.nanoTime() + Duration.ofSeconds(3).toNanos());
                }
            }
        }
        return found;
    }
}
