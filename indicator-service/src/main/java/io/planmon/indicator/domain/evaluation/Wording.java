package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that rounds: values, expected values and gaps to 2 decimals, ratios to 3, both HALF_UP, so that the
 * numbers in a reason sentence are exactly the numbers the evaluation returns.
 */
final class Wording {
    private Wording() {}

    static BigDecimal round2(BigDecimal x) {
        return x == null ? null : x.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal round3(BigDecimal x) {
        return x == null ? null : x.setScale(3, RoundingMode.HALF_UP);
    }

    static String num(BigDecimal x) {
        return round2(x).toPlainString();
    }

    static String ratio(BigDecimal x) {
        return round3(x).toPlainString();
    }

    /** A difference with its sign, so that "+0.20" and "-0.30" read as above and below. */
    static String signed(BigDecimal x) {
        return (x.signum() > 0 ? "+" : "") + num(x);
    }

    /** Parameters (factors, tolerances) as written, without trailing zeros. */
    static String param(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }

    static String zh(Period period) {
        return switch (period.frequency()) {
            case ANNUAL -> period.year() + "年";
            case QUARTERLY -> period.year() + "年第" + period.index() + "季度";
            case MONTHLY -> period.year() + "年" + period.index() + "月";
        };
    }

    /** The opening of every reason: 2026年为131.00 / 131.00 in 2026. */
    static String zhValue(Situation s) {
        return zh(s.period()) + "为" + num(s.actual());
    }

    static String enValue(Situation s) {
        return num(s.actual()) + " in " + s.period();
    }
}
