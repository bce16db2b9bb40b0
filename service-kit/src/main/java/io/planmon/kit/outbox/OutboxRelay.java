package io.planmon.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.planmon.kit.observability.OutageLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka as soon as their transaction commits, keyed by subject, and marks them published only
 * once the broker acknowledged them. One thread per instance runs the rounds, so only one round runs at a time; it
 * waits for the {@link OutboxSignal} (a commit here, a commit of another instance, or the timed safety-net poll),
 * and a ring during a round makes it run one more. Each round claims the oldest pending rows, hands them to the
 * producer at once and awaits the acks together ({@link OutboxProducer}); a failed row holds back the later rows of
 * its key ({@link KeyOrder}) until the next round. Delivery is at least once; consumers are idempotent on the
 * CloudEvent id. A round that fails (the database is down) is retried on the next ring or poll, and logged once per
 * outage ({@link OutageLog}).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxSignal signal;
    private final OutboxRows rows;
    private final OutboxProducer producer;
    private final int batchSize;
    private final Counter published;
    private final Counter failures;
    private final Timer rounds;
    private static final long IDLE_RECOUNT_NANOS = 5_000_000_000L;
    private final AtomicLong pending = new AtomicLong();
    private long lastCounted =
            System.nanoTime() - IDLE_RECOUNT_NANOS; // when the gauge was last counted; relay thread only
    private final OutageLog outage;
    private final OutageLog brokerOutage;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(
            OutboxSignal signal,
            OutboxRows rows,
            OutboxProducer producer,
            @ConfigProperty(name = "planmon.outbox.batch-size", defaultValue = "1000") int batchSize,
            MeterRegistry registry) {
        this.signal = signal;
        this.rows = rows;
        this.producer = producer;
        this.batchSize = batchSize;
        this.published = registry.counter("planmon.outbox.published");
        this.failures = registry.counter("planmon.outbox.failures");
        this.rounds = registry.timer("planmon.outbox.rounds");
        registry.gauge("planmon.outbox.pending", pending);
        this.outage = new OutageLog(OutboxRelay.class, "outbox relay", registry);
        this.brokerOutage = new OutageLog(OutboxRelay.class, "outbox sends to Kafka", registry);
    }

    void start(@Observes StartupEvent started) {
        running = true;
        worker = new Thread(this::work, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        signal.wake(); // rows left from before the start
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(10_000);
        }
    }

    /** The safety net: rows of a crashed instance, rows whose send failed, a commit whose ring was missed. */
    @Scheduled(
            every = "${planmon.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        signal.wake();
    }

    private void work() {
        while (running) {
            try {
                if (signal.await(Long.MAX_VALUE)) {
                    drain();
                    outage.worked();
                }
            } catch (InterruptedException e) {
                return; // shutting down
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // While the database is down this fails on every poll: logged once per outage, counted every time.
                outage.failed(e);
            }
        }
    }

    /** Rounds until a round claims less than a full batch or makes no progress. */
    private void drain() {
        int claimed;
        int sent;
        int total = 0;
        long lastCount = System.nanoTime();
        do {
            int[] round = rounds.record(() -> QuarkusTransaction.requiringNew().call(this::round));
            claimed = round[0];
            sent = round[1];
            total += claimed;
            if (System.nanoTime() - lastCount > 250_000_000L) { // the gauge follows a long drain, 4 times a second
                lastCount = System.nanoTime();
                countPending();
            }
        } while (running && claimed == batchSize && sent > 0);
        boolean recountDue = System.nanoTime() - lastCounted > IDLE_RECOUNT_NANOS;
        if (claimed < batchSize && sent == claimed && !recountDue) {
            // The last round found fewer rows than it could take and sent them all: no row it could see is left.
            // Counting would cost a transaction after every commit's round; rows that another instance holds are
            // counted at the next recount, every few seconds.
            pending.set(0);
        } else if (total > 0 || pending.get() != 0 || recountDue) {
            countPending();
        }
    }

    private void countPending() {
        pending.set(QuarkusTransaction.requiringNew().call(rows::countPending));
        lastCounted = System.nanoTime();
    }

    /** @return how many rows the round claimed, and how many of them it marked published */
    int[] round() throws SQLException {
        List<PendingEvent> batch = rows.claim(batchSize);
        if (batch.isEmpty()) {
            return new int[] {0, 0};
        }
        Map<Long, String> failed = producer.send(batch);
        List<Long> publishable = KeyOrder.publishable(batch, failed.keySet());
        rows.markPublished(publishable);
        published.increment(publishable.size());
        boolean brokerTimedOut = false;
        for (PendingEvent event : batch) {
            String error = failed.get(event.id());
            if (error != null && !error.startsWith(OutboxProducer.NOT_SENT)) {
                rows.markFailed(event.id(), error);
                failures.increment();
                if (error.contains(TimeoutException.class.getName())) {
                    // The broker is away: every round until it is back fails so, logged once per outage.
                    if (!brokerTimedOut) {
                        brokerOutage.failed(new IllegalStateException(error));
                    }
                    brokerTimedOut = true;
                } else {
                    LOG.warnf(
                            "Outbox event %d to %s (key %s) not sent yet: %s",
                            event.id(), event.topic(), event.key(), error);
                }
            }
        }
        if (!brokerTimedOut && !publishable.isEmpty()) {
            brokerOutage.worked();
        }
        return new int[] {batch.size(), publishable.size()};
    }
}
