package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.DataDueSoonV1;
import io.planmon.notification.config.DepartmentNames;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A value is due soon: an INFO reminder of its period. In the feed: "统计局 GDP 2026 数据将到期（应于 2027-03-31 前报送），已提醒":
 * the department was reminded.
 */
@ApplicationScoped
class DataDueSoonReader implements EventReader<DataDueSoonV1> {
    private final DepartmentNames departments;

    DataDueSoonReader(DepartmentNames departments) {
        this.departments = departments;
    }

    @Override
    public EventType type() {
        return EventType.INDICATOR_DATA_DUE_SOON;
    }

    @Override
    public List<Signal> signals(CloudEvent<DataDueSoonV1> event) {
        DataDueSoonV1 d = event.data();
        return List.of(Signal.of(
                        AlertSubject.indicator(
                                d.indicatorCode(), d.indicatorName(), d.department(), d.area(), d.article()),
                        Condition.DATA_DUE_SOON,
                        Severity.INFO,
                        d.period())
                .withStatus("DATA_DUE_SOON")
                .withNumbers("dueDate", d.dueDate())
                .withReason(
                        "%s %s 的数据应于 %s 前报送，尚未报送".formatted(d.indicatorName(), d.period(), d.dueDate()),
                        "%s: the value for %s is due by %s and has not arrived yet"
                                .formatted(d.indicatorCode(), d.period(), d.dueDate())));
    }

    @Override
    public ActivityDescription describe(CloudEvent<DataDueSoonV1> event) {
        DataDueSoonV1 d = event.data();
        String zh = "%s %s %s 数据将到期（应于 %s 前报送），已提醒"
                .formatted(departments.of(d.department()), d.indicatorCode(), d.period(), d.dueDate());
        String en =
                "%s reminded: %s %s is due by %s".formatted(d.department(), d.indicatorCode(), d.period(), d.dueDate());
        return new ActivityDescription(d.indicatorCode(), d.department(), zh, en);
    }
}
