package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.planmon.notification.config.DepartmentNames;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A department stored a value, or a new revision of one: its period's data is no longer overdue nor due. In the feed:
 * "统计局 GDP_PER_CAPITA 2025 = 131.0（第1版）".
 */
@ApplicationScoped
class ObservationRecordedReader implements EventReader<ObservationRecordedV1> {
    private final DepartmentNames departments;

    ObservationRecordedReader(DepartmentNames departments) {
        this.departments = departments;
    }

    @Override
    public EventType type() {
        return EventType.OBSERVATION_RECORDED;
    }

    @Override
    public List<Signal> signals(CloudEvent<ObservationRecordedV1> event) {
        ObservationRecordedV1 o = event.data();
        Signal arrived = Signal.cleared(
                AlertSubject.indicator(o.indicatorCode(), null, o.department(), null, null),
                Condition.DATA_OVERDUE,
                o.period());
        return List.of(arrived, arrived.clearing(Condition.DATA_DUE_SOON));
    }

    @Override
    public ActivityDescription describe(CloudEvent<ObservationRecordedV1> event) {
        ObservationRecordedV1 o = event.data();
        // toPlainString keeps the scale the department sent (131.0 stays 131.0) and never uses exponents.
        String value = o.value().toPlainString();
        String zh = "%s %s %s = %s（第%d版"
                .formatted(departments.of(o.department()), o.indicatorCode(), o.period(), value, o.revision());
        String en = "%s reported %s %s = %s (revision %d"
                .formatted(o.department(), o.indicatorCode(), o.period(), value, o.revision());
        if (o.previousValue() != null) {
            zh += "，原为 " + o.previousValue().toPlainString();
            en += ", was " + o.previousValue().toPlainString();
        }
        String subject = event.subject() != null ? event.subject() : o.indicatorCode();
        return new ActivityDescription(subject, o.department(), zh + "）", en + ")");
    }
}
