package io.planmon.events.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * An indicator's value for a period is due soon and has not arrived: its reminder day has come (the indicator's
 * reminder days before {@code dueDate}). Published once per (indicator, period).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataDueSoonV1(
        String indicatorCode,
        String indicatorName,
        String area,
        int article,
        String department,
        String period,
        LocalDate dueDate) {}
