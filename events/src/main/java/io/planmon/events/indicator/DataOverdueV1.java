package io.planmon.events.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** No value arrived for an indicator and period by its due date; published once per (indicator, period). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataOverdueV1(
        String indicatorCode,
        String indicatorName,
        String area,
        int article,
        String department,
        String period,
        LocalDate dueDate) {}
