package io.planmon.notification.service.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.AlertState;
import io.planmon.notification.domain.alert.AlertTiming;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.jboss.logging.Logger;

/**
 * The three moves of an alert that a signal makes, once the engine decided which applies: it fires, it is updated
 * (continues, or changes severity), it resolves; each is counted and announced.
 */
@ApplicationScoped
class AlertTransitions {
    private static final Logger LOG = Logger.getLogger(AlertTransitions.class);

    private final AlertRepository alerts;
    private final AlertNotifier notifier;
    private final Clock clock;
    private final MeterRegistry registry;

    AlertTransitions(AlertRepository alerts, AlertNotifier notifier, Clock clock, MeterRegistry registry) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.clock = clock;
        this.registry = registry;
    }

    Alert fire(Signal s) {
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

    void update(Alert a, Signal s) {
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

    void resolve(Alert a, Signal s) {
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
