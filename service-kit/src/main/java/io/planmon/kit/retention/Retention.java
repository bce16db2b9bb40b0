package io.planmon.kit.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Prunes what the outbox and the inbox no longer need: outbox rows published longer ago than
 * {@code planmon.retention.outbox} and processed-event ids older than {@code planmon.retention.inbox}. It deletes in
 * small batches, each its own short transaction, so that relays and consumers working on the same tables never wait
 * long. The inbox must remember an id at least as long as Kafka may still hand the message out: the topic's retention
 * (7 days by default) plus its segment roll time (another 7), since Kafka deletes whole segments only; a consumer
 * that rereads a partition from an older offset would otherwise apply that event a second time.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);

    static final String OUTBOX = "delete from outbox_event where id in (select id from outbox_event"
            + " where published_at < :before order by id limit :batch)";
    static final String INBOX = "delete from processed_event where (consumer, event_id) in (select consumer, event_id"
            + " from processed_event where processed_at < :before limit :batch)";

    private final EntityManager em;
    private final MeterRegistry registry;
    private final Duration outboxAge;
    private final Duration inboxAge;
    private final int batchSize;

    public Retention(
            EntityManager em,
            MeterRegistry registry,
            @ConfigProperty(name = "planmon.retention.outbox", defaultValue = "7d") Duration outboxAge,
            @ConfigProperty(name = "planmon.retention.inbox", defaultValue = "15d") Duration inboxAge,
            @ConfigProperty(name = "planmon.retention.batch-size", defaultValue = "1000") int batchSize) {
        this.em = em;
        this.registry = registry;
        this.outboxAge = outboxAge;
        this.inboxAge = inboxAge;
        this.batchSize = batchSize;
    }

    @Scheduled(
            cron = "${planmon.retention.cron:0 17 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        prune(Clock.systemUTC().instant());
    }

    /** Prunes everything older than the configured ages before {@code now}; returns the rows deleted per table. */
    public Pruned prune(Instant now) {
        long outbox = pruneTable("outbox_event", OUTBOX, now.minus(outboxAge));
        long inbox = pruneTable("processed_event", INBOX, now.minus(inboxAge));
        if (outbox + inbox > 0) {
            LOG.infof(
                    "retention: pruned %d published outbox rows (older than %s) and %d processed-event ids (older"
                            + " than %s)",
                    outbox, outboxAge, inbox, inboxAge);
        }
        return new Pruned(outbox, inbox);
    }

    private long pruneTable(String table, String delete, Instant before) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(delete)
                    .setParameter("before", before)
                    .setParameter("batch", batchSize)
                    .executeUpdate());
            total += deleted;
        } while (deleted == batchSize);
        registry.counter("planmon.retention.pruned", "table", table).increment(total);
        return total;
    }

    /** How many rows one pass deleted. */
    public record Pruned(long outboxRows, long inboxIds) {}
}
