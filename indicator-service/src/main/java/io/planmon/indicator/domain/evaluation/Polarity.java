package io.planmon.indicator.domain.evaluation;

import java.math.BigDecimal;

/** Which way an indicator improves; also the direction of a path, a trend rule or a projection. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** The direction in which {@code to} lies from {@code from}; {@code fallback} when they are equal. */
    static Polarity towards(BigDecimal from, BigDecimal to, Polarity fallback) {
        int sign = to.compareTo(from);
        return sign == 0 ? fallback : sign > 0 ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /** Strictly better: an equal value is not better. */
    public boolean better(BigDecimal value, BigDecimal than) {
        int sign = value.compareTo(than);
        return this == HIGHER_IS_BETTER ? sign > 0 : sign < 0;
    }

    public boolean notWorse(BigDecimal value, BigDecimal than) {
        return value.compareTo(than) == 0 || better(value, than);
    }
}
