package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Short ways to write targets, series and situations in the evaluation tests. */
final class Fixtures {
    static final String OWN_CODE = "SELF";

    private Fixtures() {}

    /** A number through its text, so that 147.45 is exactly 147.45. */
    static BigDecimal n(Object value) {
        return new BigDecimal(value.toString());
    }

    static Period period(String text) {
        return Period.parse(text).orElseThrow();
    }

    /** {@code series("2020", 100, "2021", 105)}. */
    static Series series(Object... periodsAndValues) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            values.put((String) periodsAndValues[i], n(periodsAndValues[i + 1]));
        }
        return Series.parse(values);
    }

    /** {@code params("factor", 2, "baseYear", 2020)}. */
    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    static Target target(String kind, Object... keysAndValues) {
        return TargetParser.parse(kind, params(keysAndValues), OWN_CODE, Frequency.ANNUAL)
                .orElseThrow();
    }

    static Target doubling() {
        return target("MULTIPLE_OF_BASE", "factor", 2, "baseYear", 2020, "targetYear", 2035);
    }

    static Evaluation evaluate(Target target, String period, Object actual, Series series) {
        return evaluate(target, period, actual, series, Polarity.HIGHER_IS_BETTER);
    }

    static Evaluation evaluate(Target target, String period, Object actual, Series series, Polarity polarity) {
        return target.evaluate(new Situation(period(period), n(actual), series, null, polarity, null));
    }
}
