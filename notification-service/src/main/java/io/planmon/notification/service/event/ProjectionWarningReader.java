package io.planmon.notification.service.event;

import static io.planmon.notification.service.event.ActivityDescription.plain;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.ProjectionWarningV1;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The trend misses the target: an INFO early warning, of no period. In the feed: "GDP_PER_CAPITA 按趋势 2035 年预计 190，目标
 * 200".
 */
@ApplicationScoped
class ProjectionWarningReader implements EventReader<ProjectionWarningV1> {
    @Override
    public EventType type() {
        return EventType.INDICATOR_PROJECTION_WARNING;
    }

    @Override
    public List<Signal> signals(CloudEvent<ProjectionWarningV1> event) {
        ProjectionWarningV1 p = event.data();
        return List.of(Signal.of(
                        AlertSubject.indicator(
                                p.indicatorCode(), p.indicatorName(), p.department(), p.area(), p.article()),
                        Condition.PROJECTION_MISS,
                        Severity.INFO,
                        null)
                .withStatus("PROJECTION_MISS")
                .withNumbers(
                        "targetYear", p.targetYear(),
                        "projectedValue", p.projectedValue(),
                        "targetValue", p.targetValue(),
                        "catchUpRate", p.catchUpRate())
                .withReason(p.reason(), p.reasonEn()));
    }

    @Override
    public ActivityDescription describe(CloudEvent<ProjectionWarningV1> event) {
        ProjectionWarningV1 p = event.data();
        String zh = "%s 按趋势 %d 年预计 %s，目标 %s"
                .formatted(p.indicatorCode(), p.targetYear(), plain(p.projectedValue()), plain(p.targetValue()));
        String en = "%s projected %s in %d against a target of %s"
                .formatted(p.indicatorCode(), plain(p.projectedValue()), p.targetYear(), plain(p.targetValue()));
        return new ActivityDescription(p.indicatorCode(), p.department(), zh, en);
    }
}
