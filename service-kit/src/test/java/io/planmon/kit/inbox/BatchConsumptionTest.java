package io.planmon.kit.inbox;

import static io.planmon.kit.support.Events.event;
import static io.planmon.kit.support.Events.json;
import static io.planmon.kit.support.Events.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.kit.support.Effects;
import io.planmon.kit.support.Events;
import io.planmon.kit.support.Topic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A batch consumer as the services write one (the inbox for the batch and for one message), handed a poll's records:
 * a poison message goes to the dead-letter topic alone and the rest is handled; a batch that fails is handled again
 * message by message and only the message that keeps failing is parked; and a park the broker cannot take yet waits
 * for it instead of failing the batch (which would have the channel park or drop every message of it).
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class BatchConsumptionTest {
    private static final String CONSUMER = "kit-test.batch";
    private static final String CHANNEL = "kit-test-events";
    private static final String DLQ = "dead-letter-topic-" + CHANNEL; // no dead-letter-queue.topic configured
    private static final String FAILS = "cannot be applied";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    BatchConsumption consumption;

    @Inject
    Inbox inbox;

    @Inject
    Effects effects;

    @Inject
    MeterRegistry registry;

    @Test
    void aPoisonMessageIsParkedAloneAndTheOthersAreHandledInOrder() throws Exception {
        String subject = subject("POISON");
        CloudEvent<?> before = event(subject, "before");
        CloudEvent<?> after = event(subject, "after");
        String poison = "not a planmon event " + subject;
        try (Topic dlq = new Topic(DLQ)) {
            handle(records(subject, json(before), poison, json(after)));

            assertThat(effects.of(CONSUMER, subject)).containsExactly(before.id(), after.id());
            ConsumerRecord<String, String> parked = dlq.await(subject, 1, WAIT).get(0);
            assertThat(parked.value()).isEqualTo(poison);
            assertThat(header(parked, "dead-letter-offset")).isEqualTo("1");
            assertThat(header(parked, "dead-letter-exception-class-name")).endsWith("InvalidEventException");
            assertThat(dlq.valuesAfter(subject, Duration.ofSeconds(2))).containsExactly(poison);
        }
    }

    @Test
    void aFailingBatchIsSplitAndOnlyTheMessageThatKeepsFailingIsParked() throws Exception {
        String subject = subject("SPLIT");
        CloudEvent<?> first = event(subject, "first");
        CloudEvent<?> failing = event(subject, FAILS);
        CloudEvent<?> last = event(subject, "last");
        double splits = registry.counter(
                        "planmon.events.batches.split", "consumer", CONSUMER, "reason", "IllegalStateException")
                .count();
        try (Topic dlq = new Topic(DLQ)) {
            handle(records(subject, json(first), json(failing), json(last)));

            assertThat(effects.of(CONSUMER, subject)).containsExactly(first.id(), last.id());
            assertThat(effects.inInbox(CONSUMER, failing.id())).isFalse();
            ConsumerRecord<String, String> parked = dlq.await(subject, 1, WAIT).get(0);
            assertThat(parked.value()).isEqualTo(json(failing));
            assertThat(header(parked, "dead-letter-cause")).isEqualTo("event " + failing.id() + " " + FAILS);
            assertThat(dlq.valuesAfter(subject, Duration.ofSeconds(2))).hasSize(1);
            assertThat(registry.counter(
                                    "planmon.events.batches.split",
                                    "consumer",
                                    CONSUMER,
                                    "reason",
                                    "IllegalStateException")
                            .count())
                    .isEqualTo(splits + 1);
        }
    }

    @Test
    void aParkTheBrokerCannotTakeWaitsForItInsteadOfFailingTheBatch() throws Exception {
        String subject = subject("PARK-LATER");
        CloudEvent<?> before = event(subject, "before");
        CloudEvent<?> after = event(subject, "after");
        String poison = "not a planmon event either " + subject;
        double parkFailures = parkFailures();
        ExecutorService worker = Executors.newSingleThreadExecutor(); // the channel's @Blocking worker
        PlanmonTestResource.stopKafka();
        Future<?> handling;
        try {
            handling = worker.submit(() -> handle(records(subject, json(before), poison, json(after))));

            await().atMost(WAIT).until(() -> {
                if (handling.isDone()) {
                    handling.get(); // a batch that failed (or gave up) has no business here: say why
                }
                return parkFailures() > parkFailures;
            });
            assertThat(handling)
                    .as("the batch waits for its poison to be parked")
                    .isNotDone();
            assertThat(effects.of(CONSUMER, subject)).isEmpty();
        } finally {
            PlanmonTestResource.startKafka();
        }
        try (Topic dlq = new Topic(DLQ)) {
            handling.get(WAIT.toSeconds(), TimeUnit.SECONDS); // returns: the batch did not fail

            assertThat(effects.of(CONSUMER, subject)).containsExactly(before.id(), after.id());
            assertThat(dlq.await(subject, 1, WAIT))
                    .extracting(ConsumerRecord::value)
                    .containsExactly(poison);
            assertThat(dlq.valuesAfter(subject, Duration.ofSeconds(2))).hasSize(1);
        } finally {
            worker.shutdownNow();
        }
    }

    private void handle(ConsumerRecords<String, String> records) {
        consumption.handle(
                CONSUMER,
                CHANNEL,
                records,
                batch -> inbox.receiveAll(CONSUMER, batch, this::apply),
                message -> inbox.receive(CONSUMER, message, this::apply));
    }

    private void apply(CloudEvent<?> event) {
        if (Events.note(event).equals(FAILS)) {
            throw new IllegalStateException("event " + event.id() + " " + FAILS);
        }
        effects.record(CONSUMER, event);
    }

    /** One poll's records of one partition, keyed by {@code subject}, at offsets 0, 1, 2, … */
    private static ConsumerRecords<String, String> records(String subject, String... values) {
        TopicPartition partition = new TopicPartition("planmon.test.kit-events", 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int offset = 0; offset < values.length; offset++) {
            records.add(new ConsumerRecord<>(partition.topic(), 0, offset, subject, values[offset]));
        }
        return new ConsumerRecords<>(Map.of(partition, records), Map.of());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private double parkFailures() {
        return registry.counter("planmon.job.failures", "job", "dead-letter parking")
                .count();
    }
}
