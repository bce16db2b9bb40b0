package io.planmon.notification.service.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.config.AlertSettings;
import io.planmon.notification.domain.delivery.Backoff;
import io.planmon.notification.domain.delivery.Delivery;
import io.planmon.notification.domain.delivery.DeliveryAttempt;
import io.planmon.notification.domain.delivery.DeliveryRepository;
import io.planmon.notification.domain.delivery.DeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records how an attempt ended, in a short transaction of its own, and releases its lease: sent, retried later with
 * exponential backoff, or FAILED once the attempts ran out; a delivery cancelled meanwhile only logs the attempt. An
 * attempt whose lease was taken over records nothing.
 */
@ApplicationScoped
class DeliveryRecorder {
    private static final Logger LOG = Logger.getLogger(DeliveryRecorder.class);

    private final DeliveryRepository deliveries;
    private final Backoff backoff;
    private final Clock clock;
    private final MeterRegistry registry;

    public DeliveryRecorder(
            DeliveryRepository deliveries, AlertSettings settings, Clock clock, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.backoff = new Backoff(
                settings.delivery().initialBackoff(),
                settings.delivery().maxBackoff(),
                settings.delivery().maxAttempts());
        this.clock = clock;
        this.registry = registry;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(DeliveryClaim claim, Outcome outcome) {
        Optional<Delivery> held = deliveries.heldBy(claim.id(), claim.token());
        if (held.isEmpty()) {
            // Another attempt took the row over after this one's lease ran out; its outcome is the one that counts.
            LOG.warnf("Delivery %d: the lease ran out before the outcome (%s) was recorded", claim.id(), outcome);
            registry.counter("planmon.deliveries.leases.lost").increment();
            return;
        }
        Delivery d = held.get();
        Instant now = clock.instant();
        d.attempts++;
        d.claimToken = null;
        d.lockedUntil = null;
        DeliveryAttempt entry = new DeliveryAttempt();
        entry.deliveryId = d.id;
        entry.attempt = d.attempts;
        entry.attemptedAt = now;
        entry.success = outcome.success();
        entry.httpStatus = outcome.httpStatus();
        entry.error = outcome.error();
        entry.persist();
        if (d.status == DeliveryStatus.CANCELLED) {
            // The receiver was deleted while this attempt was under way: logged above, final, never retried.
            LOG.infof(
                    "Delivery %d to %s: its receiver was deleted during attempt %d (%s); not retried",
                    d.id, d.receiverName, d.attempts, outcome.success() ? "sent" : outcome.error());
        } else if (outcome.success()) {
            d.status = DeliveryStatus.SENT;
            d.deliveredAt = now;
            d.lastError = null;
        } else if (backoff.exhausted(d.attempts)) {
            d.status = DeliveryStatus.FAILED;
            d.lastError = outcome.error();
            LOG.warnf(
                    "Delivery %d to %s failed for good after %d attempts: %s",
                    d.id, d.receiverName, d.attempts, outcome.error());
        } else {
            d.lastError = outcome.error();
            d.nextAttemptAt = now.plus(backoff.after(d.attempts));
            LOG.infof(
                    "Delivery %d to %s failed (attempt %d), next at %s: %s",
                    d.id, d.receiverName, d.attempts, d.nextAttemptAt, outcome.error());
        }
        registry.counter(
                        "planmon.deliveries.attempts",
                        "kind",
                        d.kind.name(),
                        "outcome",
                        outcome.success() ? "success" : "failure")
                .increment();
    }
}
