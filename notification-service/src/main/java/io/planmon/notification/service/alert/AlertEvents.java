package io.planmon.notification.service.alert;

import io.planmon.events.alert.AlertChangedV1;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.Change;
import java.util.LinkedHashMap;

/**
 * The one place an alert's state is copied out of the entity: into the {@code alert.changed} event that announces a
 * change, which {@link AlertView} reads for the API, the webhooks and the live stream alike.
 */
final class AlertEvents {
    private AlertEvents() {}

    /** The event announcing {@code change}, with the one-line summaries that notifications show. */
    static AlertChangedV1 changed(Alert a, Change change) {
        String name = a.subjectName != null ? a.subjectName : a.subjectCode;
        String where = a.period != null ? " " + a.period : "";
        String zh = "[%s] %s %s（%s）%s：%s"
                .formatted(a.severity, change, name, a.subjectCode, where, a.reason == null ? "" : a.reason);
        String en = "[%s] %s %s%s: %s"
                .formatted(a.severity, change, a.subjectCode, where, a.reasonEn == null ? "" : a.reasonEn);
        return event(a, change.name(), zh, en);
    }

    /** The alert's state as it is, not announcing anything: no change and no summaries. */
    static AlertChangedV1 state(Alert a) {
        return event(a, null, null, null);
    }

    private static AlertChangedV1 event(Alert a, String change, String summary, String summaryEn) {
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
                summary,
                summaryEn,
                a.link,
                a.updatedAt,
                change,
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
