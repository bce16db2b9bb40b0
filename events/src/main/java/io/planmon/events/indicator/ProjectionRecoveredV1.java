package io.planmon.events.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * The trend projected to the target year meets the target again after an early warning ({@link ProjectionWarningV1})
 * was announced; published once per recovery, with the projection that recovered.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectionRecoveredV1(
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
