package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.period;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.indicator.domain.evaluation.Series.Point;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lookups in a series and the previous period across year ends. */
class SeriesTest {

    @ParameterizedTest
    @CsvSource({
        "2026, 2025",
        "2026Q1, 2025Q4",
        "2026Q2, 2026Q1",
        "2026Q4, 2026Q3",
        "2026-01, 2025-12",
        "2026-02, 2026-01",
        "2026-12, 2026-11"
    })
    void thePreviousPeriodHasTheSameFrequency(String period, String previous) {
        assertThat(Series.previous(period(period))).isEqualTo(period(previous));
    }

    @Test
    void annualValuesComeOldestFirstAndWithoutOtherFrequencies() {
        Series values = series("2023", 3, "2021", 1, "2022Q1", 9, "2019", 0, "2022", 2);
        assertThat(values.annualFrom(2020))
                .containsExactly(new Point(2021, n(1)), new Point(2022, n(2)), new Point(2023, n(3)));
        assertThat(values.inYear(2019)).contains(n(0));
        assertThat(values.at(period("2022Q1"))).contains(n(9));
    }

    @Test
    void withReplacesOneValueAndKeepsTheOriginal() {
        Series before = series("2025", 1);
        Series after = before.with(period("2025"), n(2));
        assertThat(after.inYear(2025)).contains(n(2));
        assertThat(before.inYear(2025)).contains(n(1));
    }

    @Test
    void aStoredPeriodThatDoesNotParseIsAProgrammingError() {
        assertThatThrownBy(() -> Series.parse(Map.of("2026H1", n(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026H1");
    }
}
