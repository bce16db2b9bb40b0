package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.evaluate;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.indicator.domain.evaluation.Outlook.NoProjection;
import org.junit.jupiter.api.Test;

/** PEAK_BY_YEAR projected on the trend of its annual increases. */
class PeakProjectionTest {
    private static final Target PEAK_2030 = target("PEAK_BY_YEAR", "peakYear", 2030);
    private static final Polarity DOWN = Polarity.LOWER_IS_BETTER;

    @Test
    void increasesFallingFastEnoughPeakOnTime() {
        // Increases 10, 8, 6: on their line the increase of 2030 is −8.
        Series values = series("2020", 100, "2021", 110, "2022", 118, "2023", 124);
        Projection p = (Projection) PEAK_2030.project(values, DOWN, Status.ON_TRACK);
        assertThat(p.trend()).isEqualTo(Trend.ANNUAL_INCREASE);
        assertThat(p.targetYear()).isEqualTo(2030);
        assertThat(p.projectedValue()).isEqualTo(n("-8.00"));
        assertThat(p.targetValue()).isEqualTo(n("0.00"));
        assertThat(p.projectedStatus()).isEqualTo(Status.ON_TRACK);
        assertThat(p.catchUpRate()).isEqualTo(n("-0.86")); // −6 over the 7 years to 2030
        assertThat(p.earlyWarning()).isFalse();
    }

    @Test
    void increasesFallingTooSlowlyAreAnEarlyWarning() {
        // Increases 10, 9.5, 9: each year slower (ON_TRACK), yet still +5.5 in 2030.
        Series values = series("2020", 100, "2021", 110, "2022", 119.5, "2023", 128.5);
        assertThat(evaluate(PEAK_2030, "2023", 128.5, values).status()).isEqualTo(Status.ON_TRACK);
        Projection p = (Projection) PEAK_2030.project(values, DOWN, Status.ON_TRACK);
        assertThat(p.projectedValue()).isEqualTo(n("5.50"));
        assertThat(p.projectedStatus()).isEqualTo(Status.OFF_TRACK);
        assertThat(p.catchUpRate()).isEqualTo(n("-1.29"));
        assertThat(p.earlyWarning()).isTrue();
        assertThat(p.reason()).contains("2030年增量预计为+5.50", "难以如期达峰", "最新年增量+9.00", "需每年变化-1.29", "提前预警");
        assertThat(p.reasonEn()).contains("+5.50", "not peaking on time", "+9.00", "-1.29 a year", "early warning");
    }

    @Test
    void threeConsecutiveYearsAreNeeded() {
        Outlook gap = PEAK_2030.project(series("2020", 100, "2021", 110, "2023", 124), DOWN, Status.ON_TRACK);
        assertThat(gap.reasonEn())
                .isEqualTo("a peak trend needs at least 3 annual values in consecutive years;"
                        + " the latest increase +10.00 needs to change by -1.11 a year");
        // one increase is no trend, but it tells how fast it must fall: −10 / (2030 − 2021)
        assertThat(((NoProjection) gap).catchUp().rate()).isEqualTo(n("-1.11"));
        Outlook one = PEAK_2030.project(series("2020", 100), DOWN, Status.ON_TRACK);
        assertThat(((NoProjection) one).catchUp()).isNull();
        assertThat(PEAK_2030.project(Series.EMPTY, DOWN, Status.ON_TRACK)).isInstanceOf(NoProjection.class);
    }

    @Test
    void noProjectionFromThePeakYearOn() {
        Outlook late = PEAK_2030.project(series("2028", 1, "2029", 2, "2030", 3), DOWN, Status.ON_TRACK);
        assertThat(late.reasonEn()).contains("the target year 2030 has come");
    }
}
