package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.DataOverdueV1;
import io.planmon.notification.config.DepartmentNames;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A value did not arrive by its due date: a WARNING, which replaces the period's due-soon reminder. In the feed:
 * "统计局 GDP 2025 数据逾期（应于 2026-03-31 前报送）".
 */
@ApplicationScoped
class DataOverdueReader implements EventReader<DataOverdueV1> {
    private final DepartmentNames departments;

    DataOverdueReader(DepartmentNames departments) {
        this.departments = departments;
    }

    @Override
    public EventType type() {
        return EventType.INDICATOR_DATA_OVERDUE;
    }

    @Override
    public List<Signal> signals(CloudEvent<DataOverdueV1> event) {
        DataOverdueV1 d = event.data();
        Signal overdue = Signal.of(
                        AlertSubject.indicator(
                                d.indicatorCode(), d.indicatorName(), d.department(), d.area(), d.article()),
                        Condition.DATA_OVERDUE,
                        Severity.WARNING,
                        d.period())
                .withStatus("DATA_OVERDUE")
                .withNumbers("dueDate", d.dueDate())
                .withReason(
                        "%s %s 的数据逾期未报（应于 %s 前报送）".formatted(d.indicatorName(), d.period(), d.dueDate()),
                        "%s: no value for %s by its due date %s".formatted(d.indicatorCode(), d.period(), d.dueDate()));
        // the reminder of the period gives way to the overdue alert
        return List.of(overdue, overdue.clearing(Condition.DATA_DUE_SOON));
    }

    @Override
    public ActivityDescription describe(CloudEvent<DataOverdueV1> event) {
        DataOverdueV1 d = event.data();
        String zh = "%s %s %s 数据逾期（应于 %s 前报送）"
                .formatted(departments.of(d.department()), d.indicatorCode(), d.period(), d.dueDate());
        String en =
                "%s %s %s is overdue (due %s)".formatted(d.department(), d.indicatorCode(), d.period(), d.dueDate());
        return new ActivityDescription(d.indicatorCode(), d.department(), zh, en);
    }
}
