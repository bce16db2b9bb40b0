package io.planmon.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The idempotent consumer: an event id is handled at most once per consumer, in the same transaction as its effect.
 * Each service has the table {@code processed_event} in its own schema.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;
    private final MeterRegistry registry;

    public Inbox(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    /**
     * Decodes a message and hands it to {@code handler} unless this consumer saw its id before. A message that is not a
     * valid event throws {@link EventCodec.InvalidEventException}, which the channel's dead-letter strategy catches.
     *
     * @return whether the handler ran
     */
    @Transactional
    public boolean receive(String consumer, String json, Consumer<CloudEvent<?>> handler) {
        Optional<CloudEvent<?>> decoded;
        try {
            decoded = EventCodec.decode(json);
        } catch (EventCodec.InvalidEventException e) {
            count(consumer, "poison");
            LOG.warnf(
                    "%s got a message that is not a planmon event, sending it to the dead-letter topic: %s",
                    consumer, e.getMessage());
            throw e;
        }
        if (decoded.isEmpty()) {
            count(consumer, "skipped");
            LOG.debugf("%s skips an event of a type it does not know", consumer);
            return false;
        }
        CloudEvent<?> event = decoded.get();
        if (!firstDelivery(consumer, event.id())) {
            count(consumer, "duplicate");
            LOG.debugf("%s already processed event %s", consumer, event.id());
            return false;
        }
        handler.accept(event);
        count(consumer, "processed");
        return true;
    }

    boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at)"
                                + " values (?1, ?2, now()) on conflict do nothing")
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .executeUpdate()
                == 1;
    }

    private void count(String consumer, String outcome) {
        registry.counter("planmon.events.consumed", "consumer", consumer, "outcome", outcome)
                .increment();
    }
}
