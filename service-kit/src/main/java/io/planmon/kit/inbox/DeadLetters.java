package io.planmon.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.kit.observability.OutageLog;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

/**
 * Parks one message of a batch on the channel's dead-letter topic, as SmallRye's {@code dead-letter-queue} failure
 * strategy does for a single message (same topic, key, value and {@code dead-letter-*} headers). A batch consumer
 * cannot leave that to the strategy: a nacked batch would park every message of it, not only the bad one. For the same
 * reason a park that fails (the broker away for a moment) never fails the batch: it is tried again, with a growing
 * pause (0.5 s doubling to 10 s, each try bounded by the producer's 10 s timeouts), for as long as the application
 * runs, while the batch waits; logged once per outage and counted ({@link OutageLog}, job "dead-letter parking").
 * A refusal no retry can change (a Kafka error that is not retriable, such as a record too large) fails at once.
 * Only a shutdown (or an interrupt) ends the wait, with an exception: the channel's strategy, which cannot park the
 * batch either while the broker is away, leaves it unacknowledged, and after the restart it is fetched again (the
 * inbox skips what was handled). Why: docs/architecture.md, "Poison and failures in a batch".
 */
@ApplicationScoped
public class DeadLetters {
    private static final long FIRST_PAUSE_MS = 500;
    private static final long LONGEST_PAUSE_MS = 10_000;

    private final Config config;
    private final KafkaProducer<String, String> producer;
    private final OutageLog outage;
    private final CountDownLatch stopping = new CountDownLatch(1);

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> broker, Config config, MeterRegistry registry) {
        this.config = config;
        Map<String, Object> settings = new HashMap<>(broker);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // A try ends within about 10 s whatever the broker does, so that the next one comes soon after it is back.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "planmon-dead-letters");
        this.producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
        this.outage = new OutageLog(DeadLetters.class, "dead-letter parking", registry);
    }

    /**
     * Sends {@code record} to the dead-letter topic of {@code channel} and waits for the broker's ack, trying again
     * until it comes; throws only when the application stops (or the thread is interrupted) first.
     */
    void park(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> parked = letter(channel, record, reason);
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                producer.send(parked).get(30, TimeUnit.SECONDS);
                outage.worked();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parking a message on " + parked.topic(), e);
            } catch (Exception e) { // the broker did not take it: a timeout, a failed request, a closed producer
                if (refusedForGood(e)) { // e.g. too large for the topic: no later try can succeed
                    throw new IllegalStateException("the broker refused to park a message on " + parked.topic(), e);
                }
                outage.failed(e);
                if (stopped(pause)) {
                    throw new IllegalStateException(
                            "a message could not be parked on " + parked.topic() + " before the shutdown", e);
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
            }
        }
    }

    private ProducerRecord<String, String> letter(
            String channel, ConsumerRecord<String, String> record, Throwable reason) {
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
        return parked;
    }

    /** A refusal that no retry changes, unlike a broker that is away (Kafka's retriable errors, a timed-out wait). */
    static boolean refusedForGood(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof ApiException && !(cause instanceof RetriableException);
    }

    /** Waits {@code pauseMillis} before the next try; true if the application stops meanwhile (or had stopped). */
    private boolean stopped(long pauseMillis) {
        try {
            return stopping.await(pauseMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping.countDown();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
