package io.planmon.notification.service.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.delivery.Delivery;
import io.planmon.notification.domain.delivery.DeliveryRepository;
import io.planmon.notification.domain.routing.Receiver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;

/** Writes one delivery row in the caller's transaction, its body as the JSON the worker sends as it is. */
@ApplicationScoped
class DeliveryQueue {
    private final DeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Event<DeliveryQueued> queued;

    public DeliveryQueue(
            DeliveryRepository deliveries,
            ObjectMapper json,
            Clock clock,
            MeterRegistry registry,
            Event<DeliveryQueued> queued) {
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
        this.queued = queued;
    }

    /** Queues {@code body} (a webhook's JSON object or a {@link MailMessage}) for {@code receiver}. */
    void enqueue(Long alertId, Receiver receiver, Change change, Object body) {
        Delivery d = new Delivery();
        d.alertId = alertId;
        d.receiverId = receiver.id;
        d.receiverName = receiver.name;
        d.kind = receiver.kind;
        d.change = change;
        d.payload = write(body);
        d.createdAt = clock.instant();
        d.nextAttemptAt = d.createdAt;
        deliveries.persist(d);
        // Sent right after the commit (DeliveryWorker), not at the next tick.
        queued.fire(new DeliveryQueued(alertId));
        registry.counter("planmon.deliveries.queued", "kind", receiver.kind.name())
                .increment();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification cannot be written as JSON", e);
        }
    }
}
