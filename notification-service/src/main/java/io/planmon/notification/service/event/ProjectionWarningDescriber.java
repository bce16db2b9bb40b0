package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.ProjectionWarningV1;
import jakarta.enterprise.context.ApplicationScoped;

/** "GDP_PER_CAPITA 按趋势 2035 年预计 190，目标 200": the trend misses the target. */
@ApplicationScoped
public class ProjectionWarningDescriber implements EventDescriber {
    @Override
    public EventType type() {
        return EventType.INDICATOR_PROJECTION_WARNING;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        ProjectionWarningV1 p = (ProjectionWarningV1) event.data();
        String zh = "%s 按趋势 %d 年预计 %s，目标 %s"
                .formatted(p.indicatorCode(), p.targetYear(), plain(p.projectedValue()), plain(p.targetValue()));
        String en = "%s projected %s in %d against a target of %s"
                .formatted(p.indicatorCode(), plain(p.projectedValue()), p.targetYear(), plain(p.targetValue()));
        return new ActivityDescription(p.indicatorCode(), p.department(), zh, en);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
