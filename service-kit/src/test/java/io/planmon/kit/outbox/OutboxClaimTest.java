package io.planmon.kit.outbox;

import static io.planmon.kit.support.Events.subject;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.kit.support.Sql;
import io.planmon.kit.support.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's claim and round, driven by the test: rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so concurrent
 * claimers (instances) never take the same row and never wait for each other; a row the producer refuses in the middle
 * of a pipelined batch holds back the later rows of its key, not the others, and it goes again, first, next round.
 * The rows live in a schema of their own, which the running relay never reads (its connections stay in {@code kit}):
 * each claim runs in a transaction that moves its connection there ({@code set local search_path}), with the kit's own
 * statements ({@link OutboxRows}, {@link OutboxRelay#round()}).
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class OutboxClaimTest {
    private static final String TOPIC = "planmon.test.kit-outbox";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OutboxRows rows;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource db;

    private final ExecutorService claimers = Executors.newFixedThreadPool(4);

    @BeforeEach
    void emptyClaimSchema() throws SQLException {
        Sql.execute(db, "create schema if not exists kit_claims");
        Sql.execute(db, "create table if not exists kit_claims.outbox_event (like kit.outbox_event including all)");
        Sql.execute(db, "truncate kit_claims.outbox_event");
    }

    @AfterEach
    void stopClaimers() {
        claimers.shutdownNow();
    }

    @Test
    void aSecondClaimerSkipsTheRowsTheFirstHoldsInsteadOfWaiting() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            ids.add(insert(subject("CLAIM"), "row " + i));
        }
        List<List<Long>> claims = new ArrayList<>();

        inClaimSchema(() -> {
            claims.add(idsOf(rows.claim(5)));
            // While this transaction holds its five rows, another claims: it must answer at once, with the rest.
            Future<List<Long>> second = claimers.submit(() -> inClaimSchema(() -> idsOf(rows.claim(5))));
            claims.add(second.get(10, TimeUnit.SECONDS));
            return null;
        });

        assertThat(claims.get(0)).containsExactlyElementsOf(ids.subList(0, 5));
        assertThat(claims.get(1)).containsExactlyElementsOf(ids.subList(5, 8));
    }

    @Test
    void claimersRacingOverOneTableTakeEveryRowExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            ids.add(insert(subject("RACE"), "row " + i));
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> running = new ArrayList<>();
        for (int claimer = 0; claimer < 4; claimer++) {
            running.add(claimers.submit(() -> {
                List<Long> batch;
                do { // a round as the relay's: claim, then mark published in the same transaction
                    batch = inClaimSchema(() -> {
                        List<Long> got = idsOf(rows.claim(7));
                        rows.markPublished(got);
                        return got;
                    });
                    claimed.addAll(batch);
                } while (!batch.isEmpty());
                return null;
            }));
        }
        for (Future<?> claimer : running) {
            claimer.get(60, TimeUnit.SECONDS);
        }

        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(inClaimSchema(rows::countPending)).isZero();
    }

    @Test
    void aRowTheProducerRefusesHoldsBackTheLaterRowsOfItsKeyUntilItGoes() throws Exception {
        String held = subject("HELD");
        String other = subject("OTHER");
        // Larger than the producer's max.request.size (1 MB): refused before it leaves the producer, every time.
        String tooLarge = "x".repeat(2_000_000);
        insert(held, "1");
        insert(other, "a");
        long refused = insert(held, tooLarge);
        insert(other, "b");
        long later = insert(held, "3");
        insert(other, "c");
        try (Topic topic = new Topic(TOPIC)) {
            assertThat(inClaimSchema(relay::round)).as("claimed, published").containsExactly(6, 4);

            assertThat(topic.values(other, 3, WAIT)).containsExactly("a", "b", "c");
            assertThat(topic.valuesAfter(held, Duration.ofSeconds(2))).containsExactly("1");
            assertThat(state(refused))
                    .startsWith("pending, 1 attempt(s), org.apache.kafka.common.errors.RecordTooLarge");
            assertThat(state(later)).isEqualTo("pending, 0 attempt(s), null");

            // Still refused: tried again first, and the row after it still waits.
            assertThat(inClaimSchema(relay::round)).containsExactly(2, 0);
            assertThat(state(refused)).startsWith("pending, 2 attempt(s)");

            Sql.execute(db, "update kit_claims.outbox_event set payload = '2' where id = ?", refused);
            assertThat(inClaimSchema(relay::round)).containsExactly(2, 2);

            assertThat(topic.values(held, 3, WAIT)).containsExactly("1", "2", "3");
            assertThat(state(later)).isEqualTo("published, 1 attempt(s), null");
            assertThat(inClaimSchema(rows::countPending)).isZero();
        }
    }

    /** Runs {@code work} in a new transaction whose connection reads and writes the claim schema. */
    private <T> T inClaimSchema(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Sql.execute(db, "set local search_path = kit_claims");
            return work.call();
        });
    }

    private long insert(String key, String payload) throws SQLException {
        return Long.parseLong(Sql.string(
                db,
                "insert into kit_claims.outbox_event (event_id, event_type, topic, message_key, payload, created_at)"
                        + " values (gen_random_uuid()::text, 'io.planmon.test.v1', ?, ?, ?, now()) returning id",
                TOPIC,
                key,
                payload));
    }

    private String state(long id) throws SQLException {
        return Sql.string(
                db,
                "select case when published_at is null then 'pending' else 'published' end || ', ' || attempts"
                        + " || ' attempt(s), ' || coalesce(last_error, 'null') from kit_claims.outbox_event"
                        + " where id = ?",
                id);
    }

    private static List<Long> idsOf(List<PendingEvent> batch) {
        return batch.stream().map(PendingEvent::id).toList();
    }
}
