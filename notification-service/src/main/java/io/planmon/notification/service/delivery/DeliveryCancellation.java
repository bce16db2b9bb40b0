package io.planmon.notification.service.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.domain.delivery.Delivery;
import io.planmon.notification.domain.delivery.DeliveryRepository;
import io.planmon.notification.domain.delivery.DeliveryStatus;
import io.planmon.notification.domain.routing.ReceiverKind;
import io.planmon.notification.service.routing.ReceiverDeleted;
import io.planmon.notification.service.routing.ReceiverDisabled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Ends the pending deliveries of a deleted or disabled receiver (CANCELLED, kept in the log) so that nobody retries
 * them, with backoff, against an address that no longer belongs to anyone or that the office switched off, taking
 * senders from the live deliveries.
 */
@ApplicationScoped
class DeliveryCancellation {
    static final String RECEIVER_DELETED = "receiver deleted";
    static final String RECEIVER_DISABLED = "receiver disabled";

    private static final Logger LOG = Logger.getLogger(DeliveryCancellation.class);

    private final DeliveryRepository deliveries;
    private final MeterRegistry registry;

    public DeliveryCancellation(DeliveryRepository deliveries, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.registry = registry;
    }

    /** In the deleting transaction: the receiver and its pending deliveries end together, or neither does. */
    void receiverDeleted(@Observes ReceiverDeleted receiver) {
        cancelPendingOf(receiver.id(), receiver.name(), receiver.kind(), RECEIVER_DELETED);
    }

    /** In the saving transaction: switched off, the receiver gets nothing more, not even what was queued for it. */
    void receiverDisabled(@Observes ReceiverDisabled receiver) {
        cancelPendingOf(receiver.id(), receiver.name(), receiver.kind(), RECEIVER_DISABLED);
    }

    private void cancelPendingOf(long id, String name, ReceiverKind kind, String reason) {
        int cancelled = deliveries.cancelPendingOf(id, reason);
        LOG.infof("Receiver %d (%s): %s, %d pending deliveries cancelled", id, name, reason, cancelled);
        count(kind, cancelled);
    }

    /**
     * A due delivery whose receiver is gone ({@code reason} {@link #RECEIVER_DELETED}) or disabled, in the claiming
     * transaction: it was queued while the receiver was being deleted or switched off and committed just before, so
     * that change could not see it.
     */
    void unsendable(Delivery d, String reason) {
        d.status = DeliveryStatus.CANCELLED;
        d.lastError = reason;
        d.claimToken = null;
        d.lockedUntil = null;
        // Now, so that the claim's next look for due rows (native SQL) no longer finds this one.
        deliveries.flush();
        LOG.infof("Delivery %d to %s cancelled: %s", d.id, d.receiverName, reason);
        count(d.kind, 1);
    }

    private void count(ReceiverKind kind, int cancelled) {
        registry.counter("planmon.deliveries.cancelled", "kind", kind.name()).increment(cancelled);
    }
}
