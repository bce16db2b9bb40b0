package io.planmon.kit.support;

import io.planmon.devstack.test.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * What a topic of the test broker holds, read from its start by a consumer group of its own and kept in topic order
 * (one key, one partition, so per key in the order sent). Tests filter by the keys they made up.
 */
public final class Topic implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public Topic(String name) {
        this.consumer = TestKafka.consumerFromStart(name);
    }

    /** The records of {@code key}, once there are {@code count} of them or {@code wait} passed. */
    public List<ConsumerRecord<String, String>> await(String key, int count, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (records(key).size() < count && System.nanoTime() < deadline) {
            poll();
        }
        return records(key);
    }

    /** The values of {@code key}, as {@link #await}. */
    public List<String> values(String key, int count, Duration wait) {
        return await(key, count, wait).stream().map(ConsumerRecord::value).toList();
    }

    /** The values of {@code key} after reading on for {@code quiet}: what arrived late (or not at all). */
    public List<String> valuesAfter(String key, Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
        return records(key).stream().map(ConsumerRecord::value).toList();
    }

    private List<ConsumerRecord<String, String>> records(String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
