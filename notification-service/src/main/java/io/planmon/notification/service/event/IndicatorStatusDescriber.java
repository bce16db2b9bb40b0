package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import jakarta.enterprise.context.ApplicationScoped;

/** "GDP_PER_CAPITA 2026：ON_TRACK → OFF_TRACK（reason）": an indicator's evaluation moved. */
@ApplicationScoped
public class IndicatorStatusDescriber implements EventDescriber {
    @Override
    public EventType type() {
        return EventType.INDICATOR_STATUS_CHANGED;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        IndicatorStatusChangedV1 s = (IndicatorStatusChangedV1) event.data();
        String from = s.previousStatus() == null ? "" : s.previousStatus() + " → ";
        String zh = "%s %s：%s%s".formatted(s.indicatorCode(), s.period(), from, s.status())
                + (s.reason() == null ? "" : "（" + s.reason() + "）");
        String en = "%s %s: %s%s".formatted(s.indicatorCode(), s.period(), from, s.status())
                + (s.reasonEn() == null ? "" : " (" + s.reasonEn() + ")");
        return new ActivityDescription(s.indicatorCode(), s.department(), zh, en);
    }
}
