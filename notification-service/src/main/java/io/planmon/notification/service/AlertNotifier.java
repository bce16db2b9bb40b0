package io.planmon.notification.service;

import io.planmon.events.EventType;
import io.planmon.events.alert.AlertChangedV1;
import io.planmon.kit.outbox.Outbox;
import io.planmon.notification.domain.Alert;
import io.planmon.notification.domain.AlertRepository;
import io.planmon.notification.domain.Change;
import io.planmon.notification.domain.SilenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;

/**
 * Announces an alert change in its transaction: on {@code planmon.alerts.v1} through the outbox (which also feeds the
 * live stream of every instance, once committed and relayed), and to the receivers its rules route it to (unless
 * silenced).
 */
@ApplicationScoped
public class AlertNotifier {
    private final AlertRepository alerts;
    private final SilenceRepository silences;
    private final Outbox outbox;
    private final DeliveryPlanner planner;
    private final Clock clock;

    public AlertNotifier(
            AlertRepository alerts, SilenceRepository silences, Outbox outbox, DeliveryPlanner planner, Clock clock) {
        this.alerts = alerts;
        this.silences = silences;
        this.outbox = outbox;
        this.planner = planner;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Alert alert, Change change) {
        alert.updatedAt = clock.instant();
        if (alert.silencedBy == null && alert.state.open()) {
            silences.matching(alert, clock.instant()).ifPresent(s -> alert.silencedBy = s.id);
        }
        alerts.flush();
        outbox.publish(EventType.ALERT_CHANGED, Long.toString(alert.id), event(alert, change));
        planner.plan(alert, change, AlertView.of(alert));
    }

    private AlertChangedV1 event(Alert a, Change change) {
        String name = a.subjectName != null ? a.subjectName : a.subjectCode;
        String where = a.period != null ? " " + a.period : "";
        String zh = "[%s] %s %s（%s）%s：%s"
                .formatted(a.severity, change, name, a.subjectCode, where, a.reason == null ? "" : a.reason);
        String en = "[%s] %s %s%s: %s"
                .formatted(a.severity, change, a.subjectCode, where, a.reasonEn == null ? "" : a.reasonEn);
        return new AlertChangedV1(
                a.id,
                a.subjectType.name(),
                a.subjectCode,
                a.subjectName,
                a.condition.name(),
                a.severity.name(),
                a.state.name(),
                a.department,
                a.article,
                a.period,
                zh,
                en,
                a.link,
                a.updatedAt,
                change.name(),
                a.area,
                a.firstPeriod,
                a.periods,
                a.status,
                new LinkedHashMap<>(a.numbers),
                a.reason,
                a.reasonEn,
                a.silencedBy,
                a.firedAt,
                a.acknowledgedAt,
                a.acknowledgedBy,
                a.ackComment,
                a.escalatedAt,
                a.resolvedAt);
    }
}
