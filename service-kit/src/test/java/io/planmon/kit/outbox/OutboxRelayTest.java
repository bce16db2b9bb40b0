package io.planmon.kit.outbox;

import static io.planmon.kit.support.Events.overdue;
import static io.planmon.kit.support.Events.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import io.planmon.events.Topics;
import io.planmon.kit.support.Events;
import io.planmon.kit.support.Sql;
import io.planmon.kit.support.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The outbox as a service uses it, with the relay running: an event recorded in a transaction reaches the real broker
 * after the commit, keyed by its subject, and never if the transaction rolls back; events written together keep each
 * key's order although the relay sends them in several rounds ({@code planmon.outbox.batch-size=100} here).
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class OutboxRelayTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource db;

    @Test
    void anEventLeavesOnlyOnceItsTransactionCommitted() throws Exception {
        String key = subject("COMMIT");
        try (Topic topic = new Topic(Topics.TASKS)) {
            CloudEvent<Object> committed = QuarkusTransaction.requiringNew().call(() -> {
                CloudEvent<Object> event = outbox.publish(EventType.TASK_OVERDUE, key, overdue("committed"));
                // The relay rounds every second meanwhile; an uncommitted row is invisible to it.
                assertThat(topic.valuesAfter(key, Duration.ofMillis(1500))).isEmpty();
                return event;
            });

            List<ConsumerRecord<String, String>> records = topic.await(key, 1, WAIT);

            assertThat(records).extracting(r -> idOf(r.value())).containsExactly(committed.id());
            assertThat(new String(
                            records.get(0).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json; charset=UTF-8");
        }
    }

    @Test
    void aRolledBackEventNeverLeaves() throws Exception {
        String key = subject("ROLLBACK");
        try (Topic topic = new Topic(Topics.TASKS)) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                        outbox.publish(EventType.TASK_OVERDUE, key, overdue("rolled back"));
                        throw new IllegalStateException("the change fails after its event was recorded");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            CloudEvent<Object> later = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(EventType.TASK_OVERDUE, key, overdue("committed later")));

            topic.await(key, 1, WAIT);

            assertThat(topic.valuesAfter(key, Duration.ofSeconds(2)))
                    .extracting(OutboxRelayTest::idOf)
                    .containsExactly(later.id());
            assertThat(Sql.strings(db, "select event_id from outbox_event where message_key = ?", key))
                    .containsExactly(later.id());
        }
    }

    @Test
    void eachKeyKeepsItsOrderAcrossTheRelaysRounds() throws Exception {
        List<String> keys = List.of(subject("ORDER-A"), subject("ORDER-B"), subject("ORDER-C"));
        List<Outbox.Pending> pending = new ArrayList<>();
        for (int i = 1; i <= 150; i++) { // 450 rows, interleaved by key: five rounds of 100
            for (String key : keys) {
                pending.add(new Outbox.Pending(EventType.TASK_OVERDUE, key, overdue("#" + i)));
            }
        }
        try (Topic topic = new Topic(Topics.TASKS)) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(pending));

            List<String> expected =
                    IntStream.rangeClosed(1, 150).mapToObj(i -> "#" + i).toList();
            for (String key : keys) {
                assertThat(topic.values(key, 150, WAIT))
                        .as(key)
                        .extracting(OutboxRelayTest::noteOf)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    static String idOf(String json) {
        return EventCodec.decode(json).orElseThrow().id();
    }

    static String noteOf(String json) {
        return Events.note(EventCodec.decode(json).orElseThrow());
    }
}
