package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/** "GDP_PER_CAPITA 按趋势 2035 年预计 210，可达到目标 200，预警解除": the trend meets the target again. */
@ApplicationScoped
public class ProjectionRecoveredDescriber implements EventDescriber {
    @Override
    public EventType type() {
        return EventType.INDICATOR_PROJECTION_RECOVERED;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        ProjectionRecoveredV1 r = (ProjectionRecoveredV1) event.data();
        String zh = "%s 按趋势 %d 年预计 %s，可达到目标 %s，预警解除"
                .formatted(r.indicatorCode(), r.targetYear(), plain(r.projectedValue()), plain(r.targetValue()));
        String en = "%s projected %s in %d, meeting the target of %s again: early warning over"
                .formatted(r.indicatorCode(), plain(r.projectedValue()), r.targetYear(), plain(r.targetValue()));
        return new ActivityDescription(r.indicatorCode(), r.department(), zh, en);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
