package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's evaluation moved: AT_RISK is a WARNING and OFF_TRACK a CRITICAL status alert, ON_TRACK and ACHIEVED
 * clear it (docs/spec.md#alerts). In the feed: "GDP_PER_CAPITA 2026：ON_TRACK → OFF_TRACK（reason）".
 */
@ApplicationScoped
class IndicatorStatusReader implements EventReader<IndicatorStatusChangedV1> {
    @Override
    public EventType type() {
        return EventType.INDICATOR_STATUS_CHANGED;
    }

    @Override
    public List<Signal> signals(CloudEvent<IndicatorStatusChangedV1> event) {
        IndicatorStatusChangedV1 s = event.data();
        Severity severity =
                switch (s.status()) {
                    case "AT_RISK" -> Severity.WARNING;
                    case "OFF_TRACK" -> Severity.CRITICAL;
                    default -> null;
                };
        AlertSubject subject =
                AlertSubject.indicator(s.indicatorCode(), s.indicatorName(), s.department(), s.area(), s.article());
        Signal signal = Signal.of(subject, Condition.STATUS, severity, s.period())
                .withStatus(s.status())
                .withNumbers(
                        "value", s.value(),
                        "expected", s.expected(),
                        "gap", s.gap(),
                        "referenceValue", s.referenceValue(),
                        "progressRatio", s.progressRatio())
                .withReason(s.reason(), s.reasonEn());
        List<Signal> signals = new ArrayList<>();
        if (severity != null || "ON_TRACK".equals(s.status()) || "ACHIEVED".equals(s.status())) {
            signals.add(signal);
        }
        if ("ACHIEVED".equals(s.status())) {
            signals.add(signal.clearing(Condition.PROJECTION_MISS));
        }
        if (s.value() != null) {
            // An evaluation with a value means the period's data arrived.
            signals.add(signal.clearing(Condition.DATA_OVERDUE));
            signals.add(signal.clearing(Condition.DATA_DUE_SOON));
        }
        return signals;
    }

    @Override
    public ActivityDescription describe(CloudEvent<IndicatorStatusChangedV1> event) {
        IndicatorStatusChangedV1 s = event.data();
        String from = s.previousStatus() == null ? "" : s.previousStatus() + " → ";
        String zh = "%s %s：%s%s".formatted(s.indicatorCode(), s.period(), from, s.status())
                + (s.reason() == null ? "" : "（" + s.reason() + "）");
        String en = "%s %s: %s%s".formatted(s.indicatorCode(), s.period(), from, s.status())
                + (s.reasonEn() == null ? "" : " (" + s.reasonEn() + ")");
        return new ActivityDescription(s.indicatorCode(), s.department(), zh, en);
    }
}
