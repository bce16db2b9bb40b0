package io.planmon.task.rest;

import io.planmon.task.domain.ProgressReport;
import java.time.Instant;
import java.util.List;

/** One progress report of a task's history, with the status the task had right after it. */
public record ProgressView(
        long id,
        long taskId,
        int percent,
        int previousPercent,
        String narrative,
        String note,
        Long milestone,
        List<String> evidence,
        String department,
        String reportedBy,
        Instant reportedAt,
        String statusAfter) {

    static ProgressView of(ProgressReport r) {
        return new ProgressView(
                r.id,
                r.taskId,
                r.percent,
                r.previousPercent,
                r.narrative,
                r.note,
                r.milestoneId,
                r.evidence,
                r.department,
                r.reportedBy,
                r.reportedAt,
                r.statusAfter.name());
    }
}
