package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.DataDueSoonV1;
import io.planmon.notification.config.DepartmentNames;
import jakarta.enterprise.context.ApplicationScoped;

/** "统计局 GDP 2026 数据将到期（应于 2027-03-31 前报送），已提醒": the department was reminded of a value due soon. */
@ApplicationScoped
public class DataDueSoonDescriber implements EventDescriber {
    private final DepartmentNames departments;

    public DataDueSoonDescriber(DepartmentNames departments) {
        this.departments = departments;
    }

    @Override
    public EventType type() {
        return EventType.INDICATOR_DATA_DUE_SOON;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        DataDueSoonV1 d = (DataDueSoonV1) event.data();
        String zh = "%s %s %s 数据将到期（应于 %s 前报送），已提醒"
                .formatted(departments.of(d.department()), d.indicatorCode(), d.period(), d.dueDate());
        String en =
                "%s reminded: %s %s is due by %s".formatted(d.department(), d.indicatorCode(), d.period(), d.dueDate());
        return new ActivityDescription(d.indicatorCode(), d.department(), zh, en);
    }
}
