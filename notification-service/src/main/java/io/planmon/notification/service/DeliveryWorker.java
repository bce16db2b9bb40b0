package io.planmon.notification.service;

import io.planmon.notification.config.AlertSettings;
import io.planmon.notification.domain.DeliveryRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/** Polls the delivery table for due work: pending deliveries are rows, so a restart picks up where it stopped. */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final DeliveryAttempter attempter;
    private final AlertSettings settings;
    private final Clock clock;

    public DeliveryWorker(
            DeliveryRepository deliveries, DeliveryAttempter attempter, AlertSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.attempter = attempter;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            identity = "delivery-worker",
            every = "${planmon.alerts.delivery.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // A tick during shutdown would find the database already closed.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() ->
                        deliveries.dueIds(clock.instant(), settings.delivery().batch()));
        for (Long id : due) {
            try {
                attempter.attempt(id);
            } catch (RuntimeException e) {
                // One broken row must not hold up the others; it stays PENDING and is tried on the next tick.
                LOG.errorf(e, "Delivery %d could not be attempted", id);
            }
        }
    }
}
