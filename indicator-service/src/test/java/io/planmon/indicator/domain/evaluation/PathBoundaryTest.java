package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.doubling;
import static io.planmon.indicator.domain.evaluation.Fixtures.evaluate;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path kinds where the progress ratio does not apply: no base, the base year, flat paths, before and after. */
class PathBoundaryTest {
    private static final Series BASE_100 = series("2020", 100);

    @Test
    void withoutTheBaseValueThereIsNothingToExpect() {
        Evaluation e = evaluate(doubling(), "2026", 131, series("2021", 105, "2025", 125));
        assertThat(e.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(e.expected()).isNull();
        assertThat(e.progressRatio()).isNull();
        assertThat(e.reason()).contains("基期2020年");
        assertThat(e.reasonEn()).contains("base year 2020");
    }

    @Test
    void theBaseYearItselfIsOnTrackWithoutARatio() {
        Evaluation e = evaluate(doubling(), "2020", 100, series());
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.progressRatio()).isNull();
        assertThat(e.expected()).isEqualTo(n("100.00"));
        assertThat(e.gap()).isEqualTo(n("0.00"));
        assertThat(e.reasonEn()).contains("no change expected yet");
    }

    @Test
    void aFlatPathJudgesAgainstTheBaseInThePolarity() {
        Target hold = target("TARGET_VALUE", "baseYear", 2020, "targetYear", 2030, "targetValue", 100);
        assertThat(evaluate(hold, "2025", 100, BASE_100).status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluate(hold, "2025", 99, BASE_100).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(evaluate(hold, "2025", 99, BASE_100, Polarity.LOWER_IS_BETTER)
                        .status())
                .isEqualTo(Status.ON_TRACK);
        Target factorOne = target("MULTIPLE_OF_BASE", "factor", 1, "baseYear", 2020, "targetYear", 2030);
        Evaluation e = evaluate(factorOne, "2025", 99, BASE_100);
        assertThat(e.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(e.progressRatio()).isNull();
        assertThat(e.gap()).isEqualTo(n("-1.00"));
    }

    @Test
    void aYearBeforeTheBaseIsNotJudged() {
        Evaluation e = evaluate(doubling(), "2019", 95, BASE_100);
        assertThat(e.status()).isEqualTo(Status.NO_TARGET);
        assertThat(e.reasonEn()).contains("2019 precedes the base year 2020");
    }

    @ParameterizedTest
    @CsvSource({"2035, 200", "2035, 210.5", "2036, 205"})
    void reachingTheTargetInOrAfterTheTargetYearIsAchieved(String year, String actual) {
        Evaluation e = evaluate(doubling(), year, actual, BASE_100);
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.expected()).isEqualTo(n("200.00"));
        assertThat(e.reason()).contains("已达到2020至2035年翻一番的目标值200.00，目标已实现");
        assertThat(e.reasonEn()).contains("meets the target 200.00", "achieved");
    }

    @Test
    void aFallingTargetIsAchievedByGoingDown() {
        Target falling = target("TARGET_VALUE", "baseYear", 2020, "targetYear", 2030, "targetValue", 100);
        assertThat(evaluate(falling, "2030", 95, series("2020", 200)).status()).isEqualTo(Status.ACHIEVED);
        assertThat(evaluate(falling, "2030", 110, series("2020", 200)).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void beforeTheTargetYearEvenBeyondTheTargetIsOnlyOnTrack() {
        Evaluation e = evaluate(doubling(), "2034", 201, BASE_100);
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.progressRatio()).isGreaterThan(n(1));
    }

    @Test
    void afterTheTargetYearTheTargetItselfIsExpected() {
        Evaluation e = evaluate(doubling(), "2037", 190, BASE_100);
        assertThat(e.expected()).isEqualTo(n("200.00"));
        assertThat(e.progressRatio()).isEqualTo(n("0.900"));
        assertThat(e.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aQuarterIsNotJudgedOnAnAnnualPath() {
        Evaluation e = evaluate(doubling(), "2026Q1", 131, BASE_100);
        assertThat(e.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(e.reasonEn()).contains("2026Q1 is not an annual value");
    }

    @Test
    void theValueJudgedWinsOverTheSeriesForItsPeriod() {
        Evaluation e = evaluate(doubling(), "2026", 131, series("2020", 100, "2026", 125));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
    }
}
