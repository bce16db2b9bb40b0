package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.task.TaskStatusChangedV1;
import jakarta.enterprise.context.ApplicationScoped;

/** "任务 T-07：IN_PROGRESS → BEHIND（45%）": a task's status moved; the subject is the task id. */
@ApplicationScoped
public class TaskStatusDescriber implements EventDescriber {
    @Override
    public EventType type() {
        return EventType.TASK_STATUS_CHANGED;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        TaskStatusChangedV1 t = (TaskStatusChangedV1) event.data();
        String from = t.previousStatus() == null ? "" : t.previousStatus() + " → ";
        String zh = "任务 %s：%s%s（%d%%）".formatted(t.code(), from, t.status(), t.percent());
        String en = "Task %s: %s%s (%d%%)".formatted(t.code(), from, t.status(), t.percent());
        return new ActivityDescription(Long.toString(t.taskId()), t.leadDepartment(), zh, en);
    }
}
