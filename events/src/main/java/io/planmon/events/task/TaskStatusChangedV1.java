package io.planmon.events.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A task's status moved (for example IN_PROGRESS to BEHIND). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskStatusChangedV1(
        long taskId,
        String code,
        int article,
        String title,
        String titleEn,
        String leadDepartment,
        List<String> coDepartments,
        String previousStatus,
        String status,
        int percent,
        LocalDate due,
        String reason) {}
