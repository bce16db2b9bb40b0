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

    /**
     * Applies the event in {@code json} unless it was applied before; a poison message throws (dead-letter topic). Its
     * identities are locked as a batch's are, all at once in the locks' order: taken one by one in the order of its
     * signals, a message (the retry of a failed batch) could hold one a concurrent batch waits for while it waits for
     * one that batch holds.
     */
    @Transactional
    public void receive(String json) {
        inbox.receive(CONSUMER, json, event -> {
            List<Signal> signals = readers.signals(event);
            Map<String, Alert> open = lockedOpenAlerts(signals);
            signals.forEach(signal -> apply(signal, open));
        });
    }

    /**
     * The batch form of {@link #receive}, in one transaction: each event applied in order, as one by one. The advisory
     * locks of every identity the batch touches are taken first, all at once in one global order, and held until it
     * commits: two batches of different channels touching the same identities (a status and an observation of one
     * indicator) would otherwise lock them in opposite orders and deadlock. The open alerts of the batch's subjects
     * are then read once, not once per event: a bulk import's batch of hundreds of observations, which mostly find
     * nothing open, costs a few statements instead of two per event.
     */
    @Transactional
    public void receiveAll(List<String> jsons) {
        List<Signal> signals = jsons.stream()
                .map(EventCodec::decode)
                .flatMap(Optional::stream)
                .flatMap(event -> readers.signals(event).stream())
                .toList();
        Map<String, Alert> open = lockedOpenAlerts(signals);
        inbox.receiveAll(CONSUMER, jsons, event -> readers.signals(event).forEach(signal -> apply(signal, open)));
    }

    /** Locks the signals' identities until the transaction ends, then reads their subjects' open alerts, by identity. */
    private Map<String, Alert> lockedOpenAlerts(List<Signal> signals) {
        lockInOrder(signals.stream().map(Signal::identity).distinct().toArray(String[]::new));
        Map<String, Alert> open = new HashMap<>();
        alerts.openOf(signals.stream().map(Signal::subjectCode).collect(Collectors.toSet()))
                .forEach(a -> open.put(Signal.identity(a.subjectType, a.subjectCode, a.condition), a));
        return open;
    }

    private void lockInOrder(String[] identities) {
        if (identities.length == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            // In the order of the lock keys themselves (two identities may share a hash: ordered by their text, two
            // transactions could then take that key and another in opposite orders). Ordered in a subquery first:
            // the outer (volatile) lock calls then run in that order.
            try (PreparedStatement s = connection.prepareStatement("select count(*) from (select"
                    + " pg_advisory_xact_lock(k) from (select distinct hashtext(i) k from unnest(?) as t(i) order by k"
                    + " offset 0) o) l")) {
                s.setArray(1, connection.createArrayOf("text", identities));
                s.executeQuery().close();
            }
        });
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
