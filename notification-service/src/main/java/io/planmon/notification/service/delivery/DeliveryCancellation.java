package io.planmon.notification.service.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.domain.delivery.Delivery;
import io.planmon.notification.domain.delivery.DeliveryRepository;
import io.planmon.notification.domain.delivery.DeliveryStatus;
import io.planmon.notification.domain.routing.ReceiverKind;
import io.planmon.notification.service.routing.ReceiverDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Ends the pending deliveries of a deleted receiver (CANCELLED, kept in the log) so that nobody retries them, with
 * backoff, against an address that no longer belongs to anyone, taking senders from the live deliveries.
 */
@ApplicationScoped
class DeliveryCancellation {
    static final String RECEIVER_DELETED = "receiver deleted";

    private static final Logger LOG = Logger.getLogger(DeliveryCancellation.class);

    private final DeliveryRepository deliveries;
    private final MeterRegistry registry;

    public DeliveryCancellation(DeliveryRepository deliveries, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.registry = registry;
    }

    /** In the deleting transaction: the receiver and its pending deliveries end together, or neither does. */
    void receiverDeleted(@Observes ReceiverDeleted receiver) {
        int cancelled = deliveries.cancelPendingOf(receiver.id(), RECEIVER_DELETED);
        LOG.infof(
                "Receiver %d (%s) deleted: %d pending deliveries cancelled", receiver.id(), receiver.name(), cancelled);
        count(receiver.kind(), cancelled);
    }

    /**
     * A pending delivery found without its receiver, in the claiming transaction: it was queued while the receiver was
     * being deleted and committed just before the receiver went, so the deletion could not see it.
     */
    void orphaned(Delivery d) {
        d.status = DeliveryStatus.CANCELLED;
        d.lastError = RECEIVER_DELETED;
        d.claimToken = null;
        d.lockedUntil = null;
        // Now, so that the claim's next look for due rows (native SQL) no longer finds this one.
        deliveries.flush();
        LOG.infof("Delivery %d to %s cancelled: its receiver was deleted", d.id, d.receiverName);
        count(d.kind, 1);
    }

    private void count(ReceiverKind kind, int cancelled) {
        registry.counter("planmon.deliveries.cancelled", "kind", kind.name()).increment(cancelled);
    }
}
