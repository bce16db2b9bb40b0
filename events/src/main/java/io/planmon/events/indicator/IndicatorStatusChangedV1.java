package io.planmon.events.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * The evaluation of an indicator for a period moved to another status; carries the numbers behind it so that an
 * alert can explain itself without another call.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorStatusChangedV1(
        String indicatorCode,
        String indicatorName,
        String area,
        int article,
        String department,
        String period,
        String previousStatus,
        String status,
        BigDecimal value,
        BigDecimal expected,
        BigDecimal gap,
        BigDecimal referenceValue,
        BigDecimal progressRatio,
        String reason,
        String reasonEn) {}
