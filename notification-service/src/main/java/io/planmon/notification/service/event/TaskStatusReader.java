package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.task.TaskStatusChangedV1;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A task's status moved: BEHIND is a WARNING and OVERDUE a CRITICAL status alert, any other status clears it
 * (docs/spec.md#alerts). In the feed, under the task id: "任务 T-07：IN_PROGRESS → BEHIND（45%）".
 */
@ApplicationScoped
class TaskStatusReader implements EventReader<TaskStatusChangedV1> {
    @Override
    public EventType type() {
        return EventType.TASK_STATUS_CHANGED;
    }

    @Override
    public List<Signal> signals(CloudEvent<TaskStatusChangedV1> event) {
        TaskStatusChangedV1 t = event.data();
        Severity severity =
                switch (t.status()) {
                    case "BEHIND" -> Severity.WARNING;
                    case "OVERDUE" -> Severity.CRITICAL;
                    default -> null;
                };
        String en = "Task %s is %s: %d%% done, due %s".formatted(t.code(), t.status(), t.percent(), t.due());
        String zh = t.reason() != null ? t.reason() : en;
        return List.of(Signal.of(
                        AlertSubject.task(t.taskId(), t.code(), t.title(), t.leadDepartment(), t.article()),
                        Condition.STATUS,
                        severity,
                        null)
                .withStatus(t.status())
                .withNumbers("percent", t.percent(), "due", t.due())
                .withReason(zh, en));
    }

    @Override
    public ActivityDescription describe(CloudEvent<TaskStatusChangedV1> event) {
        TaskStatusChangedV1 t = event.data();
        String from = t.previousStatus() == null ? "" : t.previousStatus() + " → ";
        String zh = "任务 %s：%s%s（%d%%）".formatted(t.code(), from, t.status(), t.percent());
        String en = "Task %s: %s%s (%d%%)".formatted(t.code(), from, t.status(), t.percent());
        return new ActivityDescription(Long.toString(t.taskId()), t.leadDepartment(), zh, en);
    }
}
