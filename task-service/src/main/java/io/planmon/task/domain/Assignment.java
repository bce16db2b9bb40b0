package io.planmon.task.domain;

/** Whether a task's departments are our reading of the plan (PROPOSED) or set by the plan admin (CONFIRMED). */
public enum Assignment {
    PROPOSED,
    CONFIRMED
}
