package io.planmon.notification.service.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.config.AlertSettings;
import io.planmon.notification.domain.delivery.Delivery;
import io.planmon.notification.domain.delivery.DeliveryRepository;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.domain.routing.ReceiverRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Claims the next due delivery in a short transaction of its own: the row is leased to one attempt and the
 * transaction commits before anything is sent, so a slow receiver never holds a row lock or a connection.
 */
@ApplicationScoped
class DeliveryClaims {
    private static final Logger LOG = Logger.getLogger(DeliveryClaims.class);

    private final DeliveryRepository deliveries;
    private final ReceiverRepository receivers;
    private final AlertSettings settings;
    private final Clock clock;
    private final MeterRegistry registry;
    private final DeliveryCancellation cancellation;

    public DeliveryClaims(
            DeliveryRepository deliveries,
            ReceiverRepository receivers,
            AlertSettings settings,
            Clock clock,
            MeterRegistry registry,
            DeliveryCancellation cancellation) {
        this.deliveries = deliveries;
        this.receivers = receivers;
        this.settings = settings;
        this.clock = clock;
        this.registry = registry;
        this.cancellation = cancellation;
    }

    /**
     * The next due delivery, leased to a new attempt; empty when nothing is due. A due delivery whose receiver is gone
     * or disabled is cancelled on the way instead of being handed to a sender.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DeliveryClaim> next() {
        Optional<Delivery> due;
        while ((due = deliveries.nextDue(clock.instant())).isPresent()) {
            Delivery d = due.get();
            Receiver r = d.receiverId == null ? null : receivers.findById(d.receiverId);
            if (r != null && r.enabled) {
                return Optional.of(lease(d, r));
            }
            cancellation.unsendable(
                    d, r == null ? DeliveryCancellation.RECEIVER_DELETED : DeliveryCancellation.RECEIVER_DISABLED);
        }
        return Optional.empty();
    }

    private DeliveryClaim lease(Delivery d, Receiver r) {
        if (d.claimToken != null) {
            // An attempt claimed it and never recorded an outcome: its instance died or stalled past the lease.
            LOG.warnf(
                    "Delivery %d to %s: the lease of an unfinished attempt ran out; trying again",
                    d.id, d.receiverName);
            registry.counter("planmon.deliveries.leases.expired").increment();
        }
        String token = UUID.randomUUID().toString();
        deliveries.lease(d, settings.delivery().lease(), token);
        return new DeliveryClaim(d.id, token, d.receiverName, d.kind, d.change, d.payload, r.url, r.secret);
    }
}
