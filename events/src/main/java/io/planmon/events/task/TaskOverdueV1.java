package io.planmon.events.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A task passed its due date without being completed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskOverdueV1(
        long taskId,
        String code,
        int article,
        String title,
        String titleEn,
        String leadDepartment,
        List<String> coDepartments,
        LocalDate due,
        int percent) {}
