package io.planmon.indicator.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The relay's order per key, checked by a consumer of the real broker: a burst in one key arrives in order although
 * it is sent in pipelined batches, and a send that fails in the middle of a batch holds back every later event of its
 * key (never on Kafka before it) while other keys go on.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class OutboxOrderTest {
    private static final String TOPIC = "planmon.test.outbox-order";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Inject
    AgroalDataSource db;

    @Test
    void aBurstOfTenThousandEventsInOneKeyArrivesInOrder() throws Exception {
        String key = "BURST-" + UUID.randomUUID();
        try (KeyedTopic topic = new KeyedTopic(TOPIC)) {
            new OutboxRowsSql(db).insertSeries(TOPIC, key, 10_000);

            List<String> values = topic.await(key, 10_000, WAIT);

            assertThat(values)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 10_000)
                            .mapToObj(String::valueOf)
                            .toList());
        }
    }

    @Test
    void aFailedSendHoldsBackTheLaterEventsOfItsKeyOnly() throws Exception {
        String failing = "FAILING-" + UUID.randomUUID();
        String other = "OTHER-" + UUID.randomUUID();
        OutboxRowsSql sql = new OutboxRowsSql(db);
        // Larger than the producer's max.request.size (1 MB): refused by the producer, deterministically, every time.
        String tooLarge = "x".repeat(2_000_000);
        try (KeyedTopic topic = new KeyedTopic(TOPIC)) {
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    sql.insert(TOPIC, failing, "1", tooLarge, "3");
                    sql.insert(TOPIC, other, "a");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(topic.await(other, 1, WAIT)).containsExactly("a");
            // The failed row is tried again on every round (the poll rings every second); its successor never goes.
            await().atMost(WAIT).until(() -> Integer.parseInt(attemptsOf(sql, failing, tooLarge)) >= 3);
            topic.readFor(Duration.ofSeconds(2));
            assertThat(topic.values(failing)).containsExactly("1");
            assertThat(sql.query(
                            "select last_error from outbox_event where message_key = ? and published_at is null"
                                    + " order by id limit 1",
                            failing))
                    .contains("RecordTooLargeException");
            assertThat(sql.query(
                            "select count(*) from outbox_event where message_key = ? and published_at is null",
                            failing))
                    .isEqualTo("2");

            // Once the event can be sent, it goes first, then the one it held back.
            sql.execute(
                    "update outbox_event set payload = '2' where message_key = ? and payload = ?", failing, tooLarge);
            assertThat(topic.await(failing, 3, WAIT)).containsExactly("1", "2", "3");
        }
    }

    private static String attemptsOf(OutboxRowsSql sql, String key, String payload) throws Exception {
        return sql.query("select attempts from outbox_event where message_key = ? and payload = ?", key, payload);
    }
}
