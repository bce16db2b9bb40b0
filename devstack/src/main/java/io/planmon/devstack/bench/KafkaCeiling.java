package io.planmon.devstack.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The ceiling for the outbox drain: a bare Kafka producer with the relay's settings (idempotent, acks=all, 5 in
 * flight, linger 5 ms, 256 KB batches) sending the same records to the same broker and topic, no database involved.
 */
final class KafkaCeiling {
    private KafkaCeiling() {}

    /** @return records per second, from the first send to the last acknowledgement */
    static double rate(String bootstrap, int records, String payload) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.LINGER_MS_CONFIG, "5",
                ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.partitionsFor(OutboxDrain.TOPIC); // metadata first, as the relay has it
            byte[] type = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);
            long started = System.nanoTime();
            for (int n = 0; n < records; n++) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(OutboxDrain.TOPIC, "BENCH-" + (n % OutboxDrain.KEYS), payload);
                record.headers().add("content-type", type);
                producer.send(record);
            }
            producer.flush();
            return records / ((System.nanoTime() - started) / 1e9);
        }
    }
}
