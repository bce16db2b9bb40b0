package io.planmon.indicator.domain.evaluation;

import java.math.BigDecimal;

/**
 * The status of one period with the numbers behind it and one sentence in Chinese and English that says why.
 *
 * @param expected the benchmark the actual value was judged against: the path value, the reference value, the previous
 *     period's value, the limit or crossed bound, the value that keeps a pre-peak increase from accelerating, or the
 *     maximum before the peak; null when nothing was compared
 * @param gap actual − expected; null with expected
 * @param referenceValue the reference indicator's value for the same period (reference kinds only)
 * @param progressRatio (actual − base) / (expected − base) for path kinds, as compared with the bands
 */
public record Evaluation(
        Status status,
        BigDecimal expected,
        BigDecimal gap,
        BigDecimal referenceValue,
        BigDecimal progressRatio,
        String reason,
        String reasonEn) {

    public Evaluation {
        // Rounded here, once, so that every rule returns numbers with the same scale as its sentence shows them.
        expected = Wording.round2(expected);
        gap = Wording.round2(gap);
        progressRatio = Wording.round3(progressRatio);
    }

    /** A verdict that compared nothing (no data yet, no target). */
    static Evaluation without(Status status, String reason, String reasonEn) {
        return new Evaluation(status, null, null, null, null, reason, reasonEn);
    }

    /** A verdict that compared {@code actual} with {@code expected}; the gap is taken before rounding. */
    static Evaluation against(Status status, BigDecimal actual, BigDecimal expected, String reason, String reasonEn) {
        return new Evaluation(status, expected, actual.subtract(expected), null, null, reason, reasonEn);
    }
}
