package io.planmon.indicator.domain;

import io.planmon.indicator.domain.evaluation.Evaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The verdict on one (indicator, period) as the evaluation table holds it, without JPA: the set-based import reads,
 * compares and writes these in batches. {@code id} is null for a period not stored yet.
 */
public record EvaluatedPeriod(
        Long id,
        String period,
        BigDecimal value,
        String status,
        BigDecimal expected,
        BigDecimal gap,
        BigDecimal referenceValue,
        BigDecimal progressRatio,
        String reason,
        String reasonEn) {

    /** The columns are numeric(20, 6): what a fresh evaluation would be once stored, for comparing. */
    private static final int SCALE = 6;

    public static EvaluatedPeriod of(Long id, String period, BigDecimal value, Evaluation e) {
        return new EvaluatedPeriod(
                id,
                period,
                value,
                e.status().name(),
                e.expected(),
                e.gap(),
                e.referenceValue(),
                e.progressRatio(),
                e.reason(),
                e.reasonEn());
    }

    /** Whether storing this over {@code stored} would change the row (the evaluation time aside). */
    public boolean differsFrom(EvaluatedPeriod stored) {
        return !(same(value, stored.value)
                && status.equals(stored.status)
                && same(expected, stored.expected)
                && same(gap, stored.gap)
                && same(referenceValue, stored.referenceValue)
                && same(progressRatio, stored.progressRatio)
                && Objects.equals(reason, stored.reason)
                && Objects.equals(reasonEn, stored.reasonEn));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.setScale(SCALE, RoundingMode.HALF_UP).compareTo(b.setScale(SCALE, RoundingMode.HALF_UP)) == 0;
    }
}
