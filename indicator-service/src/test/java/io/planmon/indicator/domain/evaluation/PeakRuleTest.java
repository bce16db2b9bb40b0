package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.evaluate;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PEAK_BY_YEAR before, at and after the peak year. */
class PeakRuleTest {
    private static final Target PEAK_2030 = target("PEAK_BY_YEAR", "peakYear", 2030);

    /** 2027 rose by 10 over 2026: 2028 may rise by at most 10 again. */
    @ParameterizedTest
    @CsvSource({
        "2028, 115, ON_TRACK", // +5, slowing
        "2028, 120, ON_TRACK", // +10, as last year: not accelerating
        "2028, 120.01, AT_RISK", // accelerating
        "2030, 120.01, AT_RISK", // the peak year itself is still before the peak
        "2028, 100, ON_TRACK" // falling
    })
    void upToThePeakYearGrowthMustNotAccelerate(int year, String actual, Status status) {
        Series values = series(year - 2 + "", 100, year - 1 + "", 110);
        Evaluation e = evaluate(PEAK_2030, year + "", actual, values, Polarity.LOWER_IS_BETTER);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.expected()).isEqualTo(n("120.00"));
    }

    @Test
    void aSlowerFallIsNotGrowth() {
        // Down 10, then down 2: the second derivative is positive, but nothing grows.
        Evaluation e = evaluate(PEAK_2030, "2028", 98, series("2026", 110, "2027", 100));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.expected()).isEqualTo(n("100.00"));
        assertThat(evaluate(PEAK_2030, "2028", 100.5, series("2026", 110, "2027", 100))
                        .status())
                .isEqualTo(Status.AT_RISK);
    }

    @Test
    void twoIncreasesNeedThreeConsecutiveYears() {
        assertThat(evaluate(PEAK_2030, "2028", 120, series("2027", 110)).status())
                .isEqualTo(Status.INSUFFICIENT_DATA);
        Evaluation gap = evaluate(PEAK_2030, "2028", 120, series("2025", 90, "2027", 110));
        assertThat(gap.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(gap.reasonEn()).contains("2026 and 2027");
    }

    @ParameterizedTest
    @CsvSource({"130, ON_TRACK", "140, ON_TRACK", "140.01, OFF_TRACK"})
    void afterThePeakYearTheValueMustStayAtOrBelowThePeak(String actual, Status status) {
        Series values = series("2028", 120, "2029", 140, "2030", 135, "2031", 150);
        Evaluation e = evaluate(PEAK_2030, "2032", actual, values);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.expected()).isEqualTo(n("140.00"));
        assertThat(e.reason()).contains("峰值140.00");
        assertThat(e.reasonEn()).contains("the peak 140.00 up to 2030");
    }

    @Test
    void afterThePeakYearWithoutValuesUpToItThereIsNoPeak() {
        Evaluation e = evaluate(PEAK_2030, "2031", 100, series("2031", 100));
        assertThat(e.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void theReasonGivesBothIncreases() {
        Evaluation e = evaluate(PEAK_2030, "2028", 125, series("2026", 100, "2027", 110));
        assertThat(e.reason()).isEqualTo("2028年为125.00，较上年变化+15.00，上年变化+10.00，增长加快（2030年前达峰），存在风险");
        assertThat(e.reasonEn())
                .isEqualTo("125.00 in 2028: change +15.00 after +10.00 the year before, accelerating (peak by 2030),"
                        + " at risk");
    }

    @Test
    void onlyAnnualValuesCount() {
        assertThat(evaluate(PEAK_2030, "2028Q1", 1, series()).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }
}
