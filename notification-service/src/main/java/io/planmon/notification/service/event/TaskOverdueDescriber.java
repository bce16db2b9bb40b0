package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.task.TaskOverdueV1;
import jakarta.enterprise.context.ApplicationScoped;

/** "任务 T-07 已逾期（截止 2026-06-30，完成 40%）": a task passed its due date unfinished. */
@ApplicationScoped
public class TaskOverdueDescriber implements EventDescriber {
    @Override
    public EventType type() {
        return EventType.TASK_OVERDUE;
    }

    @Override
    public ActivityDescription describe(CloudEvent<?> event) {
        TaskOverdueV1 t = (TaskOverdueV1) event.data();
        String zh = "任务 %s 已逾期（截止 %s，完成 %d%%）".formatted(t.code(), t.due(), t.percent());
        String en = "Task %s is overdue (due %s, %d%% done)".formatted(t.code(), t.due(), t.percent());
        return new ActivityDescription(Long.toString(t.taskId()), t.leadDepartment(), zh, en);
    }
}
