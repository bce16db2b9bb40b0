package io.planmon.kit.inbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

/**
 * Parks one message of a batch on the channel's dead-letter topic, as SmallRye's {@code dead-letter-queue} failure
 * strategy does for a single message (same topic, key, value and {@code dead-letter-*} headers). A batch consumer
 * cannot leave that to the strategy: a nacked batch would park every message of it, not only the bad one.
 */
@ApplicationScoped
public class DeadLetters {
    private final Config config;
    private final KafkaProducer<String, String> producer;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> broker, Config config) {
        this.config = config;
        Map<String, Object> settings = new HashMap<>(broker);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "planmon-dead-letters");
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    /** Sends {@code record} to the dead-letter topic of {@code channel} and waits for the broker's ack. */
    void park(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        String topic = config.getOptionalValue(
                        "mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class)
                .orElse("dead-letter-topic-" + channel);
        ProducerRecord<String, String> parked = new ProducerRecord<>(topic, record.key(), record.value());
        Headers headers = parked.headers();
        record.headers().forEach(headers::add);
        Throwable cause = reason.getCause() != null ? reason.getCause() : reason;
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        header(headers, "dead-letter-cause-class-name", cause.getClass().getName());
        header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(headers, "dead-letter-cause", String.valueOf(cause.getMessage()));
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer.send(parked).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a message on " + topic, e);
        } catch (Exception e) {
            throw new IllegalStateException("a message could not be parked on " + topic, e);
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
