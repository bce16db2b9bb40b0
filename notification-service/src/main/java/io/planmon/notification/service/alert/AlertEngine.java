package io.planmon.notification.service.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.EventCodec;
import io.planmon.kit.inbox.Inbox;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.AlertState;
import io.planmon.notification.domain.alert.AlertTiming;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.alert.ReportingPeriod;
import io.planmon.notification.domain.alert.Signal;
import io.planmon.notification.service.event.EventReaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final AlertNotifier notifier;
    private final EventReaders readers;
    private final EntityManager em;
    private final Clock clock;
    private final MeterRegistry registry;

    public AlertEngine(
            Inbox inbox,
            AlertRepository alerts,
            AlertNotifier notifier,
            EventReaders readers,
            EntityManager em,
            Clock clock,
            MeterRegistry registry) {
        this.inbox = inbox;
        this.alerts = alerts;
        this.notifier = notifier;
        this.readers = readers;
        this.em = em;
        this.clock = clock;
        this.registry = registry;
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
                resolve(current, signal);
                open.remove(signal.identity());
            }
        } else if (signal.condition().oncePerPeriod()
                && alerts.resolvedFor(
                        signal.subjectType(), signal.subjectCode(), signal.condition(), signal.period())) {
            LOG.infof("%s %s %s was made before: not again", signal.condition(), signal.subjectCode(), signal.period());
        } else if (current == null) {
            open.put(signal.identity(), fire(signal));
        } else if (!ReportingPeriod.older(signal.period(), current.period)) {
            update(current, signal);
        }
    }

    private Alert fire(Signal s) {
        Alert a = new Alert();
        a.subjectType = s.subjectType();
        a.subjectCode = s.subjectCode();
        a.condition = s.condition();
        a.state = AlertState.FIRING;
        a.link = s.subject().link();
        a.firedAt = clock.instant();
        a.updatedAt = a.firedAt;
        AlertTiming.fired(a, s.severity(), s.period(), a.firedAt);
        a.take(s);
        alerts.persist(a);
        count("fired", a);
        LOG.infof("Alert %s %s fired for %s (%s)", a.condition, a.severity, a.subjectCode, a.period);
        notifier.changed(a, Change.FIRED);
        return a;
    }

    private void update(Alert a, Signal s) {
        int direction = s.severity().compareTo(a.severity);
        boolean newPeriod = AlertTiming.signalled(a, s.severity(), s.period(), clock.instant());
        a.take(s);
        if (direction > 0 && a.state == AlertState.ACKNOWLEDGED) {
            // Worse than what was acknowledged: someone has to look again.
            a.state = AlertState.FIRING;
            a.acknowledgedAt = null;
            a.acknowledgedBy = null;
            a.ackComment = null;
        }
        if (direction != 0) {
            notifier.changed(a, Change.SEVERITY_CHANGED);
        } else if (newPeriod) {
            notifier.changed(a, Change.CONTINUED);
        } else {
            // Same period, same severity (a revision, a redelivered overdue notice): fresher numbers, no noise.
            a.updatedAt = clock.instant();
        }
    }

    private void resolve(Alert a, Signal s) {
        if (s.status() != null) {
            a.status = s.status();
        }
        if (s.reason() != null) {
            a.reason = s.reason();
            a.reasonEn = s.reasonEn();
            a.numbers = new LinkedHashMap<>(s.numbers());
        }
        if (s.period() != null) {
            a.period = s.period();
        }
        a.state = AlertState.RESOLVED;
        a.resolvedAt = clock.instant();
        count("resolved", a);
        LOG.infof("Alert %d %s resolved for %s (%s)", a.id, a.condition, a.subjectCode, a.period);
        notifier.changed(a, Change.RESOLVED);
    }

    private void count(String outcome, Alert a) {
        registry.counter("planmon.alerts", "outcome", outcome, "severity", a.severity.name())
                .increment();
    }
}
