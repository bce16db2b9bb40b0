package io.planmon.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
    private final TransactionSynchronizationRegistry transactions;

    public Inbox(EntityManager em, MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.registry = registry;
        this.transactions = transactions;
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
            countOnCommit(consumer, "duplicate");
            LOG.debugf("%s already processed event %s", consumer, event.id());
            return false;
        }
        handler.accept(event);
        countOnCommit(consumer, "processed");
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

    /** An attempt whose transaction rolls back (and is retried) has processed nothing. */
    private void countOnCommit(String consumer, String outcome) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count(consumer, outcome);
                }
            }
        });
    }

    private void count(String consumer, String outcome) {
        registry.counter("planmon.events.consumed", "consumer", consumer, "outcome", outcome)
                .increment();
    }
}
