package io.planmon.task.domain;

/** Where a task stands; see docs/tasks.md "Status rules" and {@link StatusRule}. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    BEHIND,
    OVERDUE,
    COMPLETED
}
