package io.planmon.task.support;

import io.planmon.devstack.test.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what services published, on consumers made by devstack's {@code TestKafka}. */
public final class Kafka {
    private Kafka() {}

    /** Reads {@code topic} from the start and keeps the records of {@code key} until {@code enough} of them or the wait ends. */
    public static List<ConsumerRecord<String, String>> read(String topic, String key, int enough, Duration wait) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = TestKafka.consumerFromStart(topic)) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline && found.size() < enough) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
