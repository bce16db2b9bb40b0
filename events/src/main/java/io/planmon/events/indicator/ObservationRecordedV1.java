package io.planmon.events.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A department stored a value, or a new revision of one, for an indicator and period.
 *
 * @param previousValue the value this revision replaced; null for the first revision
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObservationRecordedV1(
        String indicatorCode,
        String indicatorName,
        String period,
        BigDecimal value,
        String unit,
        int revision,
        BigDecimal previousValue,
        String department,
        String recordedBy,
        String note,
        Instant recordedAt) {}
