package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.planmon.notification.config.DepartmentNames;
import jakarta.enterprise.context.ApplicationScoped;

/** "统计局 GDP_PER_CAPITA 2025 = 131.0（第1版）": a department stored a value, or a new revision of one. */
@ApplicationScoped
public class ObservationRecordedDescriber implements EventDescriber {
    private final DepartmentNames departments;

    public ObservationRecordedDescriber(DepartmentNames departments) {
        this.departments = departments;
    }

    @Override
    public EventType type() {
        return EventType.OBSERVATION_RECORDED;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        ObservationRecordedV1 o = (ObservationRecordedV1) event.data();
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
