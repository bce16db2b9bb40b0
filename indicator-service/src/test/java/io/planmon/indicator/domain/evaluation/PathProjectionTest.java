package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.doubling;
import static io.planmon.indicator.domain.evaluation.Fixtures.evaluate;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.indicator.domain.evaluation.Outlook.NoProjection;
import org.junit.jupiter.api.Test;

/** MULTIPLE_OF_BASE and TARGET_VALUE projected to the target year, with the catch-up rate and early warning. */
class PathProjectionTest {
    private static final Polarity UP = Polarity.HIGHER_IS_BETTER;
    /** Exactly 5 % a year from 100 in 2020. */
    private static final Series FIVE_PERCENT = series("2020", 100, "2021", 105, "2022", 110.25, "2023", 115.7625);

    private static Projection projection(Outlook outlook) {
        assertThat(outlook).isInstanceOf(Projection.class);
        return (Projection) outlook;
    }

    @Test
    void multipleOfBaseFollowsTheCompoundTrend() {
        Projection p = projection(doubling().project(FIVE_PERCENT, UP, Status.ON_TRACK));
        assertThat(p.trend()).isEqualTo(Trend.COMPOUND);
        assertThat(p.targetYear()).isEqualTo(2035);
        assertThat(p.projectedValue()).isEqualTo(n("207.89")); // 100 · 1.05^15
        assertThat(p.targetValue()).isEqualTo(n("200.00"));
        assertThat(p.projectedStatus()).isEqualTo(Status.ON_TRACK);
        assertThat(p.catchUpRate()).isEqualTo(n("4.66")); // (200 / 115.7625)^(1/12) − 1, in percent
        assertThat(p.earlyWarning()).isFalse();
        assertThat(p.reason()).isEqualTo("按2020年以来的复合增长趋势，2035年预计为207.89，可达到目标值200.00；如期实现需自2023年起年均增长4.66%");
        assertThat(p.reasonEn())
                .isEqualTo("on the compound trend since 2020, 207.89 is projected for 2035 against the target 200.00,"
                        + " reaching it; reaching it on time needs 4.66% a year from 2023");
    }

    @Test
    void targetValueFollowsTheLinearTrendOnTheSameValues() {
        Target linear = target("TARGET_VALUE", "baseYear", 2020, "targetYear", 2035, "targetValue", 200);
        Projection p = projection(linear.project(FIVE_PERCENT, UP, Status.ON_TRACK));
        assertThat(p.trend()).isEqualTo(Trend.LINEAR);
        assertThat(p.projectedValue()).isEqualTo(n("178.68"));
        assertThat(p.projectedStatus()).isEqualTo(Status.OFF_TRACK);
        assertThat(p.catchUpRate()).isEqualTo(n("7.02")); // (200 − 115.7625) / 12, in the unit a year
        assertThat(p.reasonEn()).contains("linear trend", "178.68", "missing it", "a change of +7.02 a year from 2023");
    }

    @Test
    void twoValuesAreNoTrendThreeAre() {
        Outlook two = doubling().project(series("2020", 100, "2021", 105), UP, Status.ON_TRACK);
        assertThat(two).isInstanceOf(NoProjection.class);
        assertThat(two.reason()).isEqualTo("趋势预测需要至少3个年度数据，现有2个；如期实现需自2021年起年均增长4.71%");
        assertThat(two.reasonEn())
                .isEqualTo("a trend needs at least 3 annual values, there are 2;"
                        + " reaching it on time needs 4.71% a year from 2021");
        assertThat(two.earlyWarning()).isFalse();
        // the catch-up rate needs only the latest value: (200 / 105)^(1/14) − 1
        assertThat(((NoProjection) two).catchUp().rate()).isEqualTo(n("4.71"));
        assertThat(((NoProjection) two).catchUp().trend()).isEqualTo(Trend.COMPOUND);
        assertThat(((NoProjection) two).catchUp().targetYear()).isEqualTo(2035);
        Projection three =
                projection(doubling().project(series("2020", 100, "2021", 105, "2022", 110.25), UP, Status.ON_TRACK));
        assertThat(three.projectedValue()).isEqualTo(n("207.89"));
    }

    @Test
    void onlyValuesFromTheBaseYearOnMakeTheTrend() {
        Series withHistory = series("2018", 50, "2019", 300, "2020", 100, "2021", 105);
        assertThat(doubling().project(withHistory, UP, Status.ON_TRACK)).isInstanceOf(NoProjection.class);
    }

    @Test
    void onTrackTodayButOffTrackByTheTrendIsAnEarlyWarning() {
        // Flat for two years, then a jump onto the path: on track now, but the trend of all four misses 200 by 2030.
        Target linear = target("TARGET_VALUE", "baseYear", 2020, "targetYear", 2030, "targetValue", 200);
        Series values = series("2020", 100, "2021", 100, "2022", 100, "2023", 130);
        assertThat(evaluate(linear, "2023", 130, values).status()).isEqualTo(Status.ON_TRACK);
        Projection p = projection(linear.project(values, UP, Status.ON_TRACK));
        assertThat(p.projectedValue()).isEqualTo(n("184.00"));
        assertThat(p.projectedStatus()).isEqualTo(Status.OFF_TRACK);
        assertThat(p.catchUpRate()).isEqualTo(n("10.00"));
        assertThat(p.earlyWarning()).isTrue();
        assertThat(p.reason()).endsWith("提前预警");
        assertThat(p.reasonEn()).endsWith("early warning: on track now, but the trend misses the target");
    }

    @Test
    void theEarlyWarningIsOnlyForAnOnTrackStatus() {
        Series values = series("2020", 100, "2021", 100, "2022", 100, "2023", 115);
        assertThat(evaluate(doubling(), "2023", 115, values).status()).isEqualTo(Status.ON_TRACK);
        Projection onTrack = projection(doubling().project(values, UP, Status.ON_TRACK));
        assertThat(onTrack.projectedValue()).isEqualTo(n("182.39"));
        assertThat(onTrack.catchUpRate()).isEqualTo(n("4.72"));
        assertThat(onTrack.earlyWarning()).isTrue();
        Projection atRisk = projection(doubling().project(values, UP, Status.AT_RISK));
        assertThat(atRisk.projectedStatus()).isEqualTo(Status.OFF_TRACK);
        assertThat(atRisk.earlyWarning()).isFalse();
    }

    @Test
    void aFallingTargetIsReachedByAFallingTrend() {
        Target falling = target("TARGET_VALUE", "baseYear", 2020, "targetYear", 2030, "targetValue", 50);
        Projection p = projection(falling.project(series("2020", 100, "2021", 94, "2022", 88), UP, Status.ON_TRACK));
        assertThat(p.projectedValue()).isEqualTo(n("40.00"));
        assertThat(p.projectedStatus()).isEqualTo(Status.ON_TRACK);
        assertThat(p.catchUpRate()).isEqualTo(n("-4.75"));
    }

    @Test
    void noProjectionOnceTheTargetYearHasComeOrWithoutABase() {
        Series reached = series("2020", 100, "2030", 150, "2035", 190);
        assertThat(doubling().project(reached, UP, Status.AT_RISK).reasonEn())
                .contains("the target year 2035 has come");
        assertThat(doubling()
                        .project(series("2021", 1, "2022", 2, "2023", 3), UP, Status.ON_TRACK)
                        .reasonEn())
                .isEqualTo("no value for the base year 2020 to project from");
    }

    @Test
    void aCompoundTrendNeedsPositiveValues() {
        Series negative = series("2020", 100, "2021", -5, "2022", 110);
        assertThat(doubling().project(negative, UP, Status.ON_TRACK).reasonEn())
                .isEqualTo("a compound trend needs positive values only");
    }

    @Test
    void kindsWithoutATargetYearHaveNoProjection() {
        for (Target t : new Target[] {
            target("DECREASING"),
            target("NO_TARGET"),
            target("CEILING", "limit", 1),
            target("IN_STEP_WITH", "reference", "X")
        }) {
            Outlook outlook = t.project(FIVE_PERCENT, UP, Status.ON_TRACK);
            assertThat(outlook).isEqualTo(NoProjection.NO_TARGET_YEAR);
            assertThat(outlook.reasonEn()).isEqualTo("this kind of target has no target year to project to");
        }
    }
}
