package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.evaluate;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DECREASING and INCREASING against the previous period of the same frequency. */
class DirectionRuleTest {

    @ParameterizedTest
    @CsvSource({
        "DECREASING, 99.99, ON_TRACK",
        "DECREASING, 100, AT_RISK",
        "DECREASING, 100.01, OFF_TRACK",
        "INCREASING, 100.01, ON_TRACK",
        "INCREASING, 100, AT_RISK",
        "INCREASING, 99.99, OFF_TRACK"
    })
    void comparesWithThePreviousYear(String kind, String actual, Status status) {
        Evaluation e = evaluate(target(kind), "2026", actual, series("2025", 100));
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.expected()).isEqualTo(n("100.00"));
        assertThat(e.gap()).isEqualTo(n(actual).subtract(n(100)).setScale(2));
    }

    @Test
    void theKindNotThePolaritySaysWhichWayIsBetter() {
        Evaluation e = evaluate(target("DECREASING"), "2026", 90, series("2025", 100), Polarity.HIGHER_IS_BETTER);
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
    }

    @ParameterizedTest
    @CsvSource({"2026Q1, 2025Q4", "2026Q3, 2026Q2", "2026-01, 2025-12", "2026-07, 2026-06", "2026, 2025"})
    void thePreviousPeriodWrapsAcrossTheYear(String period, String previous) {
        Evaluation e = evaluate(target("INCREASING"), period, 11, series(previous, 10));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.reasonEn()).contains(" in " + previous);
    }

    @Test
    void withoutThePreviousPeriodThereIsNothingToCompare() {
        // A value a year earlier is not the previous quarter.
        Evaluation e = evaluate(target("DECREASING"), "2026Q1", 90, series("2025Q1", 100, "2025Q3", 95));
        assertThat(e.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(e.expected()).isNull();
        assertThat(e.reason()).contains("2025年第4季度");
        assertThat(e.reasonEn()).isEqualTo("90.00 in 2026Q1: no value for the previous period 2025Q4 to compare with");
    }

    @Test
    void theReasonGivesBothValuesAndTheChange() {
        Evaluation e = evaluate(target("DECREASING"), "2026-01", 95, series("2025-12", 100));
        assertThat(e.reason()).isEqualTo("2026年1月为95.00，上一期2025年12月为100.00，变化-5.00（应持续减少），符合进度");
        assertThat(e.reasonEn())
                .isEqualTo("95.00 in 2026-01 against 100.00 in 2025-12: change -5.00 (should keep falling), on track");
    }
}
