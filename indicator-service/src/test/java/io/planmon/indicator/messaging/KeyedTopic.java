package io.planmon.indicator.messaging;

import io.planmon.devstack.test.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** A consumer of one topic from its start that keeps, per key, the values in the order the topic holds them. */
final class KeyedTopic implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, List<String>> values = new ConcurrentHashMap<>();

    KeyedTopic(String topic) {
        this.consumer = TestKafka.consumerFromStart(topic);
    }

    /** Reads on until {@code key} has at least {@code count} values or {@code wait} passed; returns what it has. */
    List<String> await(String key, int count, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (values(key).size() < count && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
        return values(key);
    }

    /** Reads for {@code duration}, whatever arrives. */
    void readFor(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
    }

    List<String> values(String key) {
        return List.copyOf(values.getOrDefault(key, List.of()));
    }

    private void poll(Duration timeout) {
        consumer.poll(timeout).forEach(r -> values.computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(r.value()));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
