package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.DataOverdueV1;
import io.planmon.notification.config.DepartmentNames;
import jakarta.enterprise.context.ApplicationScoped;

/** "统计局 GDP 2025 数据逾期（应于 2026-03-31 前报送）": a value did not arrive by its due date. */
@ApplicationScoped
public class DataOverdueDescriber implements EventDescriber {
    private final DepartmentNames departments;

    public DataOverdueDescriber(DepartmentNames departments) {
        this.departments = departments;
    }

    @Override
    public EventType type() {
        return EventType.INDICATOR_DATA_OVERDUE;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        DataOverdueV1 d = (DataOverdueV1) event.data();
        String zh = "%s %s %s 数据逾期（应于 %s 前报送）"
                .formatted(departments.of(d.department()), d.indicatorCode(), d.period(), d.dueDate());
        String en =
                "%s %s %s is overdue (due %s)".formatted(d.department(), d.indicatorCode(), d.period(), d.dueDate());
        return new ActivityDescription(d.indicatorCode(), d.department(), zh, en);
    }
}
