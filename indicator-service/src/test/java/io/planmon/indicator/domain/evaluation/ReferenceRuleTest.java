package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.period;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NOT_BELOW_REFERENCE and IN_STEP_WITH at d = 0, −t and −2t, and while the reference is missing. */
class ReferenceRuleTest {
    /** The city grows 5.5 % in 2026Q1; the tolerance is the default 0.5 pp. */
    private static final Series CITY = series("2025Q4", 5.0, "2026Q1", 5.5);

    private static Evaluation judge(Target target, String actual, Series reference) {
        return target.evaluate(
                new Situation(period("2026Q1"), n(actual), null, reference, Polarity.HIGHER_IS_BETTER, null));
    }

    @ParameterizedTest
    @CsvSource({
        "6.0,  0.50,  ON_TRACK",
        "5.5,  0.00,  ON_TRACK",
        "5.49, -0.01, AT_RISK",
        "5.0,  -0.50, AT_RISK",
        "4.99, -0.51, OFF_TRACK"
    })
    void notBelowReference(String actual, String gap, Status status) {
        Evaluation e = judge(target("NOT_BELOW_REFERENCE", "reference", "SH_GDP_GROWTH"), actual, CITY);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.gap()).isEqualTo(n(gap));
        assertThat(e.referenceValue()).isEqualByComparingTo("5.5");
        assertThat(e.expected()).isEqualTo(n("5.50"));
        assertThat(e.progressRatio()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "5.5,  0.00,  ON_TRACK",
        "5.0,  -0.50, ON_TRACK",
        "4.99, -0.51, AT_RISK",
        "4.5,  -1.00, AT_RISK",
        "4.49, -1.01, OFF_TRACK"
    })
    void inStepWith(String actual, String gap, Status status) {
        Evaluation e = judge(target("IN_STEP_WITH", "reference", "GDP_GROWTH"), actual, CITY);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.gap()).isEqualTo(n(gap));
    }

    @Test
    void aWiderToleranceWidensTheBands() {
        Target wide = target("IN_STEP_WITH", "reference", "GDP_GROWTH", "tolerance", 1);
        assertThat(judge(wide, "4.5", CITY).status()).isEqualTo(Status.ON_TRACK);
        assertThat(judge(wide, "3.5", CITY).status()).isEqualTo(Status.AT_RISK);
        assertThat(judge(wide, "3.4", CITY).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aZeroToleranceLeavesNoRiskBand() {
        Target strict = target("NOT_BELOW_REFERENCE", "reference", "SH_GDP_GROWTH", "tolerance", 0);
        assertThat(judge(strict, "5.5", CITY).status()).isEqualTo(Status.ON_TRACK);
        assertThat(judge(strict, "5.49", CITY).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void withoutTheReferenceOfTheSamePeriodItWaits() {
        Series onlyLastQuarter = series("2025Q4", 5.0);
        for (Target target : new Target[] {
            target("NOT_BELOW_REFERENCE", "reference", "SH_GDP_GROWTH"),
            target("IN_STEP_WITH", "reference", "GDP_GROWTH")
        }) {
            for (Series reference : new Series[] {onlyLastQuarter, Series.EMPTY, null}) {
                Evaluation e = judge(target, "5.2", reference);
                assertThat(e.status()).isEqualTo(Status.AWAITING_REFERENCE);
                assertThat(e.referenceValue()).isNull();
                assertThat(e.gap()).isNull();
            }
        }
        assertThat(judge(target("NOT_BELOW_REFERENCE", "reference", "SH_GDP_GROWTH"), "5.2", null)
                        .reasonEn())
                .isEqualTo("5.20 in 2026Q1: waiting for SH_GDP_GROWTH of the same period");
    }

    @Test
    void theReasonGivesBothValuesTheDifferenceAndTheTolerance() {
        Evaluation e = judge(target("NOT_BELOW_REFERENCE", "reference", "SH_GDP_GROWTH"), "5.2", CITY);
        assertThat(e.reason()).isEqualTo("2026年第1季度为5.20，参照指标SH_GDP_GROWTH为5.50，相差-0.30个百分点（容差0.5），存在风险");
        assertThat(e.reasonEn())
                .isEqualTo("5.20 in 2026Q1 against 5.50 for SH_GDP_GROWTH: -0.30 pp (tolerance 0.5), at risk");
        assertThat(judge(target("NOT_BELOW_REFERENCE", "reference", "SH_GDP_GROWTH"), "5.7", CITY)
                        .reasonEn())
                .contains("+0.20 pp");
    }
}
