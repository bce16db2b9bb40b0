package io.planmon.indicator.messaging;

import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the CloudEvents of one key from a topic of the real broker, from the start, with a fresh consumer group. */
final class TopicReader {
    private TopicReader() {}

    /**
     * The events of {@code key} and {@code type}: waits until {@code expected} arrived or {@code wait} passed, then
     * three seconds more, long enough for the relay (every second) to send one too many.
     */
    static List<CloudEvent<?>> read(String topic, String key, String type, int expected, Duration wait) {
        return read(topic, key, Set.of(type), expected, wait);
    }

    /** The events of {@code key} of any of {@code types}, in the order of the topic (one key, one partition). */
    static List<CloudEvent<?>> read(String topic, String key, Set<String> types, int expected, Duration wait) {
        List<CloudEvent<?>> found = new ArrayList<>();
        try (var consumer = TestKafka.consumerFromStart(topic)) {
            long deadline = System.nanoTime() + wait.toNanos();
            boolean extended = false;
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        EventCodec.decode(r.value())
                                .filter(e -> types.contains(e.type()))
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
