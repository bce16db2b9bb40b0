package io.planmon.task.service;

import io.planmon.task.domain.Assignment;
import java.time.LocalDate;
import java.util.List;

/** A task as the plan admin creates or replaces it, its input already well-formed and self-consistent. */
public record TaskCommand(
        String code,
        int article,
        String title,
        String titleEn,
        String planSentence,
        String leadDepartment,
        List<String> coDepartments,
        Assignment assignment,
        LocalDate start,
        LocalDate due,
        List<MilestoneCommand> milestones,
        List<String> indicators) {

    /** A milestone; {@code id} names an existing one to keep (its reached date stays), null a new one. */
    public record MilestoneCommand(Long id, String title, String titleEn, LocalDate due) {}
}
