package io.planmon.notification.service.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.kit.observability.OutageLog;
import io.planmon.notification.config.AlertSettings;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Polls the delivery table for due work and hands each claimed delivery to one of a few sender threads. Pending
 * deliveries are rows, so a restart picks up where it stopped; a receiver that hangs occupies one sender only.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryClaims claims;
    private final DeliveryAttempter attempter;
    private final AlertSettings settings;
    private final Semaphore free;
    private final ExecutorService senders;
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "delivery-wake-up");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final OutageLog outage;

    public DeliveryWorker(
            DeliveryClaims claims, DeliveryAttempter attempter, AlertSettings settings, MeterRegistry registry) {
        this.claims = claims;
        this.attempter = attempter;
        this.settings = settings;
        int concurrency = settings.delivery().concurrency();
        this.free = new Semaphore(concurrency);
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "delivery-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.outage = new OutageLog(DeliveryWorker.class, "delivery worker", registry);
        registry.gauge("planmon.deliveries.in.flight", free, s -> concurrency - s.availablePermits());
    }

    /** A lease shorter than an attempt could last would let a second worker send while the first still waits. */
    void checkLease(@Observes StartupEvent start) {
        var d = settings.delivery();
        if (d.lease().compareTo(d.timeout()) <= 0) {
            throw new IllegalStateException("planmon.alerts.delivery.lease (" + d.lease()
                    + ") must be longer than planmon.alerts.delivery.timeout (" + d.timeout() + ")");
        }
    }

    @Scheduled(
            identity = "delivery-worker",
            every = "${planmon.alerts.delivery.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // A tick during shutdown would find the database already closed.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        while (free.tryAcquire()) {
            Optional<DeliveryClaim> claim;
            try {
                claim = claims.next();
            } catch (RuntimeException e) {
                free.release();
                outage.failed(e); // every second while the database is down: logged once per outage
                return;
            }
            outage.worked();
            if (claim.isEmpty()) {
                free.release();
                return;
            }
            try {
                senders.execute(() -> send(claim.get()));
            } catch (RejectedExecutionException shuttingDown) {
                // The row keeps its lease and is due again after it; the permit must not be lost meanwhile.
                free.release();
                return;
            }
        }
    }

    /**
     * A delivery committed: claim it now rather than at the next tick. Wake-ups that come while one is queued fold
     * into it; a claim is atomic (lease), so running beside the scheduled tick is safe.
     */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueued delivery) {
        if (wakeUpQueued.compareAndSet(false, true)) {
            try {
                waker.execute(() -> {
                    wakeUpQueued.set(false);
                    tick();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeUpQueued.set(false); // the next tick after a restart finds the row
            }
        }
    }

    private void send(DeliveryClaim claim) {
        try {
            attempter.attempt(claim);
        } catch (RuntimeException e) {
            // Nothing recorded: the row keeps its lease, which runs out, and the delivery is tried again.
            LOG.errorf(e, "Delivery %d could not be attempted", claim.id());
        } finally {
            free.release();
        }
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
        senders.shutdownNow();
    }
}
