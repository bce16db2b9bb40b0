package io.planmon.notification.service.event;

import static io.planmon.notification.service.event.ActivityDescription.plain;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The trend meets the target again: clears PROJECTION_MISS like ACHIEVED does, and the resolved alert keeps the
 * numbers and the reason of the projection that recovered. In the feed: "GDP_PER_CAPITA 按趋势 2035 年预计 210，可达到目标 200，预警解除".
 */
@ApplicationScoped
class ProjectionRecoveredReader implements EventReader<ProjectionRecoveredV1> {
    @Override
    public EventType type() {
        return EventType.INDICATOR_PROJECTION_RECOVERED;
    }

    @Override
    public List<Signal> signals(CloudEvent<ProjectionRecoveredV1> event) {
        ProjectionRecoveredV1 r = event.data();
        return List.of(Signal.cleared(
                        AlertSubject.indicator(
                                r.indicatorCode(), r.indicatorName(), r.department(), r.area(), r.article()),
                        Condition.PROJECTION_MISS,
                        null)
                .withStatus("PROJECTION_MET")
                .withNumbers(
                        "targetYear", r.targetYear(),
                        "projectedValue", r.projectedValue(),
                        "targetValue", r.targetValue(),
                        "catchUpRate", r.catchUpRate())
                .withReason(r.reason(), r.reasonEn()));
    }

    @Override
    public ActivityDescription describe(CloudEvent<ProjectionRecoveredV1> event) {
        ProjectionRecoveredV1 r = event.data();
        String zh = "%s 按趋势 %d 年预计 %s，可达到目标 %s，预警解除"
                .formatted(r.indicatorCode(), r.targetYear(), plain(r.projectedValue()), plain(r.targetValue()));
        String en = "%s projected %s in %d, meeting the target of %s again: early warning over"
                .formatted(r.indicatorCode(), plain(r.projectedValue()), r.targetYear(), plain(r.targetValue()));
        return new ActivityDescription(r.indicatorCode(), r.department(), zh, en);
    }
}
