package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.task.TaskOverdueV1;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A task passed its due date unfinished: a CRITICAL status alert. In the feed, under the task id: "任务 T-07 已逾期（截止
 * 2026-06-30，完成 40%）".
 */
@ApplicationScoped
class TaskOverdueReader implements EventReader<TaskOverdueV1> {
    @Override
    public EventType type() {
        return EventType.TASK_OVERDUE;
    }

    @Override
    public List<Signal> signals(CloudEvent<TaskOverdueV1> event) {
        TaskOverdueV1 t = event.data();
        return List.of(Signal.of(
                        AlertSubject.task(t.taskId(), t.code(), t.title(), t.leadDepartment(), t.article()),
                        Condition.STATUS,
                        Severity.CRITICAL,
                        null)
                .withStatus("OVERDUE")
                .withNumbers("percent", t.percent(), "due", t.due())
                .withReason(
                        "任务 %s「%s」已逾期：截止 %s，完成 %d%%".formatted(t.code(), t.title(), t.due(), t.percent()),
                        "Task %s is overdue: due %s, %d%% done".formatted(t.code(), t.due(), t.percent())));
    }

    @Override
    public ActivityDescription describe(CloudEvent<TaskOverdueV1> event) {
        TaskOverdueV1 t = event.data();
        String zh = "任务 %s 已逾期（截止 %s，完成 %d%%）".formatted(t.code(), t.due(), t.percent());
        String en = "Task %s is overdue (due %s, %d%% done)".formatted(t.code(), t.due(), t.percent());
        return new ActivityDescription(Long.toString(t.taskId()), t.leadDepartment(), zh, en);
    }
}
