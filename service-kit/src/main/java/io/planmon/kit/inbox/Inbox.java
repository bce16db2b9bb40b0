package io.planmon.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.kit.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;
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

    /**
     * The batch form of {@link #receive}: decodes every message, records the ids of the whole batch in one statement,
     * and hands the events this consumer had not seen to {@code handler}, in order, once each (a batch may hold the same
     * event twice). The caller's transaction (or a new one) holds the inbox rows and the effects together.
     *
     * @return how many events the handler got
     */
    @Transactional
    public int receiveAll(String consumer, List<String> jsons, Consumer<CloudEvent<?>> handler) {
        List<CloudEvent<?>> events = new ArrayList<>(jsons.size());
        int skipped = 0;
        for (String json : jsons) {
            Optional<CloudEvent<?>> decoded = EventCodec.decode(json); // poison was parked before the batch
            if (decoded.isPresent()) {
                events.add(decoded.get());
            } else {
                skipped++;
            }
        }
        Set<String> fresh =
                firstDeliveries(consumer, events.stream().map(CloudEvent::id).toList());
        int processed = 0;
        for (CloudEvent<?> event : events) {
            if (fresh.remove(event.id())) {
                handler.accept(event);
                processed++;
            }
        }
        count(consumer, "skipped", skipped);
        countOnCommit(consumer, "processed", processed);
        countOnCommit(consumer, "duplicate", events.size() - processed);
        return processed;
    }

    /** Records every id of the batch at once; returns those recorded now, i.e. not seen before. */
    private Set<String> firstDeliveries(String consumer, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("insert into processed_event"
                    + " (consumer, event_id, processed_at) select ?, id, now() from unnest(?) id"
                    + " on conflict do nothing returning event_id")) {
                s.setString(1, consumer);
                s.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
                Set<String> fresh = new HashSet<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        fresh.add(r.getString(1));
                    }
                }
                return fresh;
            }
        });
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
        countOnCommit(consumer, outcome, 1);
    }

    private void countOnCommit(String consumer, String outcome, int amount) {
        if (amount == 0) {
            return;
        }
        AfterCommit.run(transactions, () -> count(consumer, outcome, amount));
    }

    private void count(String consumer, String outcome) {
        count(consumer, outcome, 1);
    }

    private void count(String consumer, String outcome, int amount) {
        if (amount > 0) {
            registry.counter("planmon.events.consumed", "consumer", consumer, "outcome", outcome)
                    .increment(amount);
        }
    }
}
