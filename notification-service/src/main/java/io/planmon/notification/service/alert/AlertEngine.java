package io.planmon.notification.service.alert;

import io.planmon.events.EventCodec;
import io.planmon.kit.inbox.Inbox;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.ReportingPeriod;
import io.planmon.notification.domain.alert.Signal;
import io.planmon.notification.service.event.EventReaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Turns plan events into alerts, once per event: fires, continues, changes severity and resolves the one open alert
 * of each (subject, condition).
 */
@ApplicationScoped
public class AlertEngine {
    /** The inbox consumer name, independent of the activity feed's. */
    public static final String CONSUMER = "alerts";

    private static final Logger LOG = Logger.getLogger(AlertEngine.class);

    private final Inbox inbox;
    private final AlertRepository alerts;
    private final EventReaders readers;
    private final AlertTransitions transitions;
    private final EntityManager em;

    public AlertEngine(
            Inbox inbox, AlertRepository alerts, EventReaders readers, AlertTransitions transitions, EntityManager em) {
        this.inbox = inbox;
        this.alerts = alerts;
        this.readers = readers;
        this.transitions = transitions;
        this.em = em;
    }

    /** Applies the event in {@code json} unless it was applied before; a poison message throws (dead-letter topic). */
    @Transactional
    public void receive(String json) {
        inbox.receive(CONSUMER, json, event -> readers.signals(event).forEach(this::apply));
    }

    /**
     * The batch form of {@link #receive}, in one transaction: each event applied in order, as one by one. The advisory
     * locks of every identity the batch touches are taken first, all at once in one global order (the identity's
     * text), and held until it commits: two batches of different channels touching the same identities (a status and
     * an observation of one indicator) would otherwise lock them in opposite orders and deadlock. The open alerts of
     * the batch's subjects are then read once, not once per event: a bulk import's batch of hundreds of
     * observations, which mostly find nothing open, costs a few statements instead of two per event.
     */
    @Transactional
    public void receiveAll(List<String> jsons) {
        List<Signal> signals = jsons.stream()
                .map(EventCodec::decode)
                .flatMap(Optional::stream)
                .flatMap(event -> readers.signals(event).stream())
                .toList();
        lockInOrder(signals.stream().map(Signal::identity).distinct().toArray(String[]::new));
        Map<String, Alert> open = new HashMap<>();
        alerts.openOf(signals.stream().map(Signal::subjectCode).collect(Collectors.toSet()))
                .forEach(a -> open.put(Signal.identity(a.subjectType, a.subjectCode, a.condition), a));
        inbox.receiveAll(CONSUMER, jsons, event -> readers.signals(event).forEach(signal -> apply(signal, open)));
    }

    private void lockInOrder(String[] identities) {
        if (identities.length == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            // Ordered in a subquery first: the outer (volatile) lock calls then run in that order.
            try (PreparedStatement s = connection.prepareStatement(
                    "select count(*) from (select"
                            + " pg_advisory_xact_lock(hashtext(i)) from (select i from unnest(?) as t(i) order by i offset 0) o) l")) {
                s.setArray(1, connection.createArrayOf("text", identities));
                s.executeQuery().close();
            }
        });
    }

    void apply(Signal signal) {
        // Serialises concurrent consumers of one identity; the unique partial index is the last line of defence.
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, signal.identity())
                .getSingleResult();
        Map<String, Alert> open = new HashMap<>();
        alerts.open(signal.subjectType(), signal.subjectCode(), signal.condition())
                .ifPresent(a -> open.put(signal.identity(), a));
        apply(signal, open);
    }

    /** Applies a signal whose identity is locked, given the open alerts by identity, which it keeps up to date. */
    private void apply(Signal signal, Map<String, Alert> open) {
        Alert current = open.get(signal.identity());
        if (signal.clears()) {
            if (current != null && !ReportingPeriod.older(signal.period(), current.period)) {
                transitions.resolve(current, signal);
                open.remove(signal.identity());
            }
        } else if (signal.condition().oncePerPeriod()
                && alerts.resolvedFor(
                        signal.subjectType(), signal.subjectCode(), signal.condition(), signal.period())) {
            LOG.infof("%s %s %s was made before: not again", signal.condition(), signal.subjectCode(), signal.period());
        } else if (current == null) {
            open.put(signal.identity(), transitions.fire(signal));
        } else if (!ReportingPeriod.older(signal.period(), current.period)) {
            transitions.update(current, signal);
        }
    }
}
