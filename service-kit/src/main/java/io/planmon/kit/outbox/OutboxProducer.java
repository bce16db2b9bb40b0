package io.planmon.kit.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

/**
 * Hands a claimed batch to one Kafka producer at once and waits for all acknowledgements together (a flush), instead
 * of one round trip per event. Idempotent, {@code acks=all}, at most 5 requests in flight per connection: the
 * producer keeps each partition's order across its own retries. The defaults below can be overridden with
 * {@code planmon.outbox.kafka.<producer property>}; the broker address and client settings come from the
 * application's {@code kafka.*} configuration.
 */
@ApplicationScoped
class OutboxProducer {
    static final String OVERRIDES = "planmon.outbox.kafka.";
    static final String NOT_SENT = "not sent: ";
    private static final byte[] CLOUD_EVENT =
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    private final KafkaProducer<String, String> producer;

    OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> broker, Config config) {
        Map<String, Object> settings = new HashMap<>(broker);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5"); // a flush ends the wait at once; see send()
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        settings.put(
                ProducerConfig.CLIENT_ID_CONFIG,
                config.getOptionalValue("quarkus.application.name", String.class)
                                .orElse("planmon") + "-outbox");
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(OVERRIDES)) {
                settings.put(name.substring(OVERRIDES.length()), config.getValue(name, String.class));
            }
        }
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    /**
     * Sends {@code batch} (in id order) and returns the ids that were not acknowledged, each with why. A key whose
     * event fails before it leaves the producer (too large, no such topic) has its later events in the batch not sent
     * at all; when the broker cannot even be found (metadata timeout), nothing after that event is sent.
     */
    Map<Long, String> send(List<PendingEvent> batch) {
        Map<Long, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        Set<String> stoppedKeys = new HashSet<>();
        boolean halted = false;
        for (PendingEvent event : batch) {
            if (halted || stoppedKeys.contains(event.key())) {
                failed.put(
                        event.id(),
                        NOT_SENT + (halted ? "the broker could not be reached" : "an earlier event of its key failed"));
                continue;
            }
            RecordHeaders headers = new RecordHeaders();
            headers.add("content-type", CLOUD_EVENT);
            Future<RecordMetadata> ack =
                    producer.send(new ProducerRecord<>(event.topic(), null, event.key(), event.payload(), headers));
            if (ack.isDone()) { // failed before leaving the producer, or (rarely) already acknowledged
                String error = failure(ack);
                if (error != null) {
                    failed.put(event.id(), error);
                    stoppedKeys.add(event.key());
                    halted = causedByTimeout(ack);
                    continue;
                }
            }
            sent.put(event.id(), ack);
        }
        producer.flush(); // every batch becomes sendable now, not after linger.ms; returns when all are answered
        sent.forEach((id, ack) -> {
            String error = failure(ack);
            if (error != null) {
                failed.put(id, error);
            }
        });
        return failed;
    }

    private static String failure(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean causedByTimeout(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof TimeoutException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
