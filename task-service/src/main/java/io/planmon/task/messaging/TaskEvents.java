package io.planmon.task.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.EventType;
import io.planmon.events.task.TaskOverdueV1;
import io.planmon.events.task.TaskStatusChangedV1;
import io.planmon.kit.outbox.Outbox;
import io.planmon.task.domain.Task;
import io.planmon.task.domain.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Announces task status changes and overdue tasks on planmon.tasks.v1, through the outbox, keyed by task id. */
@ApplicationScoped
public class TaskEvents {
    private final Outbox outbox;
    private final MeterRegistry registry;

    public TaskEvents(Outbox outbox, MeterRegistry registry) {
        this.outbox = outbox;
        this.registry = registry;
    }

    public void statusChanged(Task task, TaskStatus previous) {
        outbox.publish(
                EventType.TASK_STATUS_CHANGED,
                String.valueOf(task.id),
                new TaskStatusChangedV1(
                        task.id,
                        task.code,
                        task.article,
                        task.title,
                        task.titleEn,
                        task.leadDepartment,
                        List.copyOf(task.coDepartments),
                        previous == null ? null : previous.name(),
                        task.status.name(),
                        task.percent,
                        task.due,
                        task.statusReason));
        registry.counter("planmon.tasks.status.changes", "status", task.status.name())
                .increment();
    }

    public void overdue(Task task) {
        outbox.publish(
                EventType.TASK_OVERDUE,
                String.valueOf(task.id),
                new TaskOverdueV1(
                        task.id,
                        task.code,
                        task.article,
                        task.title,
                        task.titleEn,
                        task.leadDepartment,
                        List.copyOf(task.coDepartments),
                        task.due,
                        task.percent));
        registry.counter("planmon.tasks.overdue").increment();
    }
}
