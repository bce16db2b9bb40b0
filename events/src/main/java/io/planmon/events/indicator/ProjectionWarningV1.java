package io.planmon.events.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** The trend projected to the target year misses the target, even if the current status is on track. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectionWarningV1(
        String indicatorCode,
        String indicatorName,
        String area,
        int article,
        String department,
        int targetYear,
        BigDecimal projectedValue,
        BigDecimal targetValue,
        BigDecimal catchUpRate,
        String reason,
        String reasonEn) {}
