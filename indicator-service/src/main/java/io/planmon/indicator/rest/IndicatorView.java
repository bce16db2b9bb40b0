package io.planmon.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmon.indicator.domain.Approval;
import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.PeriodEvaluation;
import io.planmon.indicator.domain.ValueRange;
import io.planmon.indicator.domain.evaluation.Outlook;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalogue entry as the API shows it: {@code target} is the kind plus the parameters (and {@code bands} when
 * overridden), the body a PUT of the target takes; {@code latest} the evaluation of the latest period; {@code
 * projection} only on the single-indicator call.
 */
public record IndicatorView(
        String code,
        String name,
        String nameEn,
        String area,
        int article,
        String unit,
        Frequency frequency,
        String polarity,
        String ownerDepartment,
        Map<String, Object> target,
        String planSentence,
        ValueRangeView valueRange,
        int dueDays,
        int reminderDays,
        boolean futurePeriods,
        EvaluationView latest,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProjectionView projection) {

    /** The values the indicator accepts at all; a null bound is open. */
    public record ValueRangeView(BigDecimal min, BigDecimal max) {}

    static IndicatorView of(Indicator i, PeriodEvaluation latest, Approval approval, Outlook outlook) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", i.targetKind);
        target.putAll(i.targetParams);
        if (i.targetBands != null) {
            target.put("bands", i.targetBands);
        }
        ValueRange range = ValueRange.of(i);
        return new IndicatorView(
                i.code,
                i.name,
                i.nameEn,
                i.area,
                i.article,
                i.unit,
                i.frequency,
                i.polarity,
                i.ownerDepartment,
                target,
                i.planSentence,
                new ValueRangeView(range.min(), range.max()),
                DueDates.days(i.frequency, i.dueDays),
                DueDates.reminderDays(i.reminderDays),
                i.futurePeriods,
                EvaluationView.of(latest, approval),
                outlook == null ? null : ProjectionView.of(outlook));
    }
}
