package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.OWN_CODE;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.evaluation.Target.Ceiling;
import io.planmon.indicator.domain.evaluation.Target.Decreasing;
import io.planmon.indicator.domain.evaluation.Target.Floor;
import io.planmon.indicator.domain.evaluation.Target.InStepWith;
import io.planmon.indicator.domain.evaluation.Target.Increasing;
import io.planmon.indicator.domain.evaluation.Target.MultipleOfBase;
import io.planmon.indicator.domain.evaluation.Target.NoTarget;
import io.planmon.indicator.domain.evaluation.Target.NotBelowReference;
import io.planmon.indicator.domain.evaluation.Target.PeakByYear;
import io.planmon.indicator.domain.evaluation.Target.Range;
import io.planmon.indicator.domain.evaluation.Target.TargetValue;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets as the migrations store them, and the defaults filled in. */
class TargetParserTest {

    private static Validated<Target> parse(String kind, Map<String, Object> params) {
        return TargetParser.parse(kind, params, OWN_CODE, Frequency.ANNUAL);
    }

    @Test
    void parsesTheParametersAsTheMigrationStoresThem() {
        assertThat(parse("MULTIPLE_OF_BASE", params("factor", 2, "baseYear", 2020, "targetYear", 2035))
                        .value())
                .isEqualTo(new MultipleOfBase(n(2), 2020, 2035));
        assertThat(parse("NOT_BELOW_REFERENCE", params("reference", "SH_GDP_GROWTH", "tolerance", 0.5))
                        .value())
                .isEqualTo(new NotBelowReference("SH_GDP_GROWTH", n("0.5")));
        assertThat(parse("IN_STEP_WITH", params("reference", "GDP_GROWTH", "tolerance", 0.5))
                        .value())
                .isEqualTo(new InStepWith("GDP_GROWTH", n("0.5")));
        assertThat(parse("PEAK_BY_YEAR", params("peakYear", 2030)).value()).isEqualTo(new PeakByYear(2030));
        assertThat(parse("DECREASING", Map.of()).value()).isEqualTo(new Decreasing());
        assertThat(parse("INCREASING", null).value()).isEqualTo(new Increasing());
        assertThat(parse("NO_TARGET", Map.of()).value()).isEqualTo(new NoTarget());
    }

    @Test
    void parsesTheOtherKinds() {
        assertThat(parse("TARGET_VALUE", params("baseYear", 2020, "targetYear", 2030, "targetValue", 42.5))
                        .value())
                .isEqualTo(new TargetValue(2020, 2030, n("42.5")));
        assertThat(parse("RANGE", params("min", 4, "max", 6, "tolerance", 0.5)).value())
                .isEqualTo(new Range(n(4), n(6), n("0.5")));
        assertThat(parse("CEILING", params("limit", 100L)).value()).isEqualTo(new Ceiling(n(100)));
        assertThat(parse("FLOOR", params("limit", new BigDecimal("0.1"))).value())
                .isEqualTo(new Floor(n("0.1")));
    }

    @Test
    void fillsInTheDefaultTolerances() {
        assertThat(parse("NOT_BELOW_REFERENCE", params("reference", "SH_GDP_GROWTH"))
                        .value())
                .isEqualTo(new NotBelowReference("SH_GDP_GROWTH", Target.DEFAULT_REFERENCE_TOLERANCE));
        assertThat(parse("IN_STEP_WITH", params("reference", "GDP_GROWTH")).value())
                .isEqualTo(new InStepWith("GDP_GROWTH", n("0.5")));
        assertThat(parse("RANGE", params("min", 4, "max", 6)).value()).isEqualTo(new Range(n(4), n(6), n(0)));
    }
}
