package io.planmon.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in commit order, keyed by subject, and marks them published only once the broker
 * acknowledged them. A failed send stops the batch and is retried on the next tick: delivery is at least once, and
 * consumers are idempotent on the CloudEvent id.
 */
@ApplicationScoped
@Startup // created at start-up, not on the first tick, so that its meters are on /q/metrics from the beginning
public class OutboxRelay {
    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> emitter;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();

    public OutboxRelay(
            @Channel(CHANNEL) Emitter<String> emitter,
            @ConfigProperty(name = "planmon.outbox.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "planmon.outbox.send-timeout", defaultValue = "10s") Duration sendTimeout,
            MeterRegistry registry) {
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.published = registry.counter("planmon.outbox.published");
        this.failures = registry.counter("planmon.outbox.failures");
        registry.gauge("planmon.outbox.pending", pending);
    }

    @Scheduled(
            every = "${planmon.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (sent == batchSize);
        pending.set(QuarkusTransaction.requiringNew().call(OutboxEvent::countPending));
    }

    /** @return how many events of the batch reached Kafka */
    int relayBatch() {
        List<OutboxEvent> batch = OutboxEvent.lockOldestPending(batchSize);
        int sent = 0;
        for (OutboxEvent event : batch) {
            try {
                send(event).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                event.attempts++;
                event.lastError = String.valueOf(cause.getMessage());
                failures.increment();
                LOG.warnf(
                        "Outbox event %s to %s not sent yet (attempt %d): %s",
                        event.eventId, event.topic, event.attempts, cause.getMessage());
                break; // keep commit order: later events wait for this one
            }
            event.publishedAt = Instant.now();
            event.attempts++;
            published.increment();
            sent++;
        }
        return sent;
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(headers)
                .build();
        emitter.send(Message.of(
                event.payload,
                Metadata.of(kafka),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }
}
