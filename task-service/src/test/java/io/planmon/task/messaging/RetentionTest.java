package io.planmon.task.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.kit.retention.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retention deletes only what is old and done: published outbox rows and processed ids past their age. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class RetentionTest {
    private static final Duration WEEK = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Test
    void oldPublishedRowsAndOldIdsGoInSmallBatchesWhileRecentAndUnpublishedOnesStay() {
        Instant now = Instant.parse("2030-01-10T00:00:00Z"); // after every row other tests write
        String consumer = "retention-test-" + UUID.randomUUID();
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            outboxRow(prefix + "-old-" + i, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(8)));
            inboxId(consumer, "old-" + i, now.minus(Duration.ofDays(8)));
        }
        outboxRow(prefix + "-recent", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        outboxRow(prefix + "-unpublished", now.minus(Duration.ofDays(30)), null);
        inboxId(consumer, "recent", now.minus(Duration.ofDays(1)));

        Retention.Pruned pruned = new Retention(em, registry, WEEK, WEEK, 2).prune(now);

        assertThat(count("select count(*) from outbox_event where event_id like ?1", prefix + "-old-%"))
                .isZero();
        assertThat(count(
                        "select count(*) from outbox_event where event_id in (?1, ?2)",
                        prefix + "-recent",
                        prefix + "-unpublished"))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from processed_event where consumer = ?1 and event_id like 'old-%'", consumer))
                .isZero();
        assertThat(count("select count(*) from processed_event where consumer = ?1", consumer))
                .isEqualTo(1);
        assertThat(pruned.outboxRows()).isGreaterThanOrEqualTo(5);
        assertThat(pruned.inboxIds()).isGreaterThanOrEqualTo(5);
        assertThat(registry.counter("planmon.retention.pruned", "table", "outbox_event")
                        .count())
                .isGreaterThanOrEqualTo(5);
    }

    private void outboxRow(String eventId, Instant created, Instant published) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into outbox_event (event_id,"
                        + " event_type, topic, message_key, payload, created_at, published_at, attempts)"
                        + " values (?1, 'test.retention', 'planmon.test.retention', 'k', '{}', ?2, ?3, 1)")
                .setParameter(1, eventId)
                .setParameter(2, created)
                .setParameter(3, published)
                .executeUpdate());
    }

    private void inboxId(String consumer, String eventId, Instant processed) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, ?3)")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, processed)
                .executeUpdate());
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
