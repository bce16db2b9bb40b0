package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Approval;
import io.planmon.indicator.domain.PeriodEvaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The status of one period with the numbers behind it and how far its figure has come ({@code approval}: APPROVED,
 * SUBMITTED or PROVISIONAL; null without a value); the {@code latest} of a catalogue entry has this shape too.
 */
public record EvaluationView(
        String period,
        BigDecimal value,
        String status,
        BigDecimal expected,
        BigDecimal gap,
        BigDecimal referenceValue,
        BigDecimal progressRatio,
        String reason,
        String reasonEn,
        Instant evaluatedAt,
        Approval approval) {

    static EvaluationView of(PeriodEvaluation.Judged j) {
        return of(j.evaluation(), j.approval());
    }

    static EvaluationView of(PeriodEvaluation e, Approval approval) {
        if (e == null) {
            return null;
        }
        return new EvaluationView(
                e.period,
                strip(e.value),
                e.status,
                scaled(e.expected, 2),
                scaled(e.gap, 2),
                strip(e.referenceValue),
                scaled(e.progressRatio, 3),
                e.reason,
                e.reasonEn,
                e.evaluatedAt,
                approval);
    }

    /** The column keeps 6 decimals; the engine rounded expected and gap to 2 and the ratio to 3, as the reason shows. */
    private static BigDecimal scaled(BigDecimal x, int scale) {
        return x == null ? null : x.setScale(scale, RoundingMode.HALF_UP);
    }

    static BigDecimal strip(BigDecimal x) {
        // Through the plain text, so that 100.000000 is written as 100 and never as 1E+2.
        return x == null ? null : new BigDecimal(x.stripTrailingZeros().toPlainString());
    }
}
