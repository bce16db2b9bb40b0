package io.planmon.task.rest;

import io.planmon.task.domain.IndicatorStatus;
import io.planmon.task.domain.Milestone;
import io.planmon.task.domain.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task as the API shows it, with its milestones and the latest status of the indicators it serves. */
public record TaskView(
        long id,
        String code,
        int article,
        String title,
        String titleEn,
        String planSentence,
        String leadDepartment,
        List<String> coDepartments,
        @Schema(description = "PROPOSED (our reading of the plan) or CONFIRMED (set by the plan admin)")
                String assignment,
        LocalDate start,
        LocalDate due,
        @Schema(enumeration = {"NOT_STARTED", "IN_PROGRESS", "BEHIND", "OVERDUE", "COMPLETED"}) String status,
        String statusReason,
        int percent,
        List<MilestoneView> milestones,
        @Schema(description = "the codes of the indicators the task serves (docs/tasks.md#endpoints)")
                List<String> indicators,
        @Schema(description = "the same indicators with the latest status indicator-service announced")
                List<LinkedIndicator> indicatorStatus,
        Instant updatedAt) {

    /** A milestone; {@code reachedOn} is null until a progress report reaches it. */
    public record MilestoneView(long id, String title, String titleEn, LocalDate due, LocalDate reachedOn) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id, m.title, m.titleEn, m.due, m.reachedOn);
        }
    }

    /** An indicator the task serves; status and period are null until indicator-service announced an evaluation. */
    public record LinkedIndicator(String code, String status, String period) {}

    static TaskView of(Task t, Map<String, IndicatorStatus> statuses) {
        return new TaskView(
                t.id,
                t.code,
                t.article,
                t.title,
                t.titleEn,
                t.planSentence,
                t.leadDepartment,
                List.copyOf(t.coDepartments),
                t.assignment.name(),
                t.start,
                t.due,
                t.status.name(),
                t.statusReason,
                t.percent,
                t.milestones.stream().map(MilestoneView::of).toList(),
                List.copyOf(t.indicators),
                t.indicators.stream()
                        .map(code -> {
                            IndicatorStatus s = statuses.get(code);
                            return new LinkedIndicator(code, s == null ? null : s.status, s == null ? null : s.period);
                        })
                        .toList(),
                t.updatedAt);
    }
}
