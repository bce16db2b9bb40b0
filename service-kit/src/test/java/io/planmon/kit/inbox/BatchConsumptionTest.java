package io.planmon.kit.inbox;

import static io.planmon.kit.support.Events.event;
import static io.planmon.kit.support.Events.json;
import static io.planmon.kit.support.Events.subject;
import static io.planmon.kit.support.TestConsumer.FAILS;
import static io.planmon.kit.support.TestConsumer.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.kit.support.Effects;
import io.planmon.kit.support.Events;
import io.planmon.kit.support.Meters;
import io.planmon.kit.support.TestConsumer;
import io.planmon.kit.support.Topic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchConsumption} with the handlers of a consumer written as the services write theirs ({@link TestConsumer}), handed a
 * poll's records: a poison message goes to the dead-letter topic alone and the rest is handled; a batch that fails is
 * handled again message by message and only the message that keeps failing is parked; and a park the broker cannot
 * take yet waits for it instead of failing the batch (which would have the channel park or drop all of it).
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class BatchConsumptionTest {
    private static final String CONSUMER = "kit-test.batch";
    private static final String CHANNEL = "kit-test-events";
    private static final String DLQ = "dead-letter-topic-" + CHANNEL; // no dead-letter-queue.topic configured
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    BatchConsumption consumption;

    @Inject
    TestConsumer consumer;

    @Inject
    Effects effects;

    @Inject
    Meters meters;

    /** A poll with a message that is no planmon event between two events of the same subject. */
    record Poisoned(String subject, CloudEvent<?> before, String poison, CloudEvent<?> after) {
        static Poisoned batch(String prefix) {
            String subject = Events.subject(prefix);
            return new Poisoned(
                    subject, event(subject, "before"), "not a planmon event " + subject, event(subject, "after"));
        }

        ConsumerRecords<String, String> records() {
            return TestConsumer.records(subject, json(before), poison, json(after));
        }
    }

    @Test
    void aPoisonMessageIsParkedAloneAndTheOthersAreHandledInOrder() throws Exception {
        Poisoned poll = Poisoned.batch("POISON");
        try (Topic dlq = new Topic(DLQ)) {
            receive(poll.records());

            assertThat(effects.of(CONSUMER, poll.subject()))
                    .containsExactly(poll.before().id(), poll.after().id());
            ConsumerRecord<String, String> parked =
                    dlq.await(poll.subject(), 1, WAIT).get(0);
            assertThat(parked.value()).isEqualTo(poll.poison());
            assertThat(header(parked, "dead-letter-offset")).isEqualTo("1");
            assertThat(header(parked, "dead-letter-exception-class-name")).endsWith("InvalidEventException");
            assertThat(dlq.valuesAfter(poll.subject(), Duration.ofSeconds(2))).containsExactly(poll.poison());
        }
    }

    @Test
    void aFailingBatchIsSplitAndOnlyTheMessageThatKeepsFailingIsParked() throws Exception {
        String subject = subject("SPLIT");
        CloudEvent<?> first = event(subject, "first");
        CloudEvent<?> failing = event(subject, FAILS);
        CloudEvent<?> last = event(subject, "last");
        double splits = splits();
        try (Topic dlq = new Topic(DLQ)) {
            receive(records(subject, json(first), json(failing), json(last)));

            assertThat(effects.of(CONSUMER, subject)).containsExactly(first.id(), last.id());
            assertThat(effects.inInbox(CONSUMER, failing.id())).isFalse();
            ConsumerRecord<String, String> parked = dlq.await(subject, 1, WAIT).get(0);
            assertThat(parked.value()).isEqualTo(json(failing));
            assertThat(header(parked, "dead-letter-cause")).isEqualTo("event " + failing.id() + " " + FAILS);
            assertThat(dlq.valuesAfter(subject, Duration.ofSeconds(2))).hasSize(1);
            assertThat(splits()).isEqualTo(splits + 1);
        }
    }

    @Test
    void aParkTheBrokerCannotTakeWaitsForItInsteadOfFailingTheBatch() throws Exception {
        Poisoned poll = Poisoned.batch("PARK-LATER");
        double parkFailures = parkFailures();
        ExecutorService worker = Executors.newSingleThreadExecutor(); // the channel's @Blocking worker
        PlanmonTestResource.stopKafka();
        Future<?> handling;
        try {
            handling = worker.submit(() -> receive(poll.records()));

            await().atMost(WAIT).until(() -> {
                if (handling.isDone()) {
                    handling.get(); // a batch that failed (or gave up) has no business here: say why
                }
                return parkFailures() > parkFailures;
            });
            assertThat(handling)
                    .as("the batch waits for its poison to be parked")
                    .isNotDone();
            assertThat(effects.of(CONSUMER, poll.subject())).isEmpty();
        } finally {
            PlanmonTestResource.startKafka();
        }
        try (Topic dlq = new Topic(DLQ)) {
            handling.get(WAIT.toSeconds(), TimeUnit.SECONDS); // returns: the batch did not fail

            assertThat(effects.of(CONSUMER, poll.subject()))
                    .containsExactly(poll.before().id(), poll.after().id());
            assertThat(dlq.await(poll.subject(), 1, WAIT))
                    .extracting(ConsumerRecord::value)
                    .containsExactly(poll.poison());
            assertThat(dlq.valuesAfter(poll.subject(), Duration.ofSeconds(2))).hasSize(1);
        } finally {
            worker.shutdownNow();
        }
    }

    private void receive(ConsumerRecords<String, String> records) {
        consumption.handle(CONSUMER, CHANNEL, records, consumer.batch(CONSUMER), consumer.single(CONSUMER));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private double splits() {
        return meters.count("planmon.events.batches.split", "consumer", CONSUMER, "reason", "IllegalStateException");
    }

    private double parkFailures() {
        return meters.count("planmon.job.failures", "job", "dead-letter parking");
    }
}
