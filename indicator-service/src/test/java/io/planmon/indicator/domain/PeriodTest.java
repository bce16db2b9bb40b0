package io.planmon.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void parsesTheThreeFrequencies() {
        assertThat(Period.parse("2026")).contains(new Period(2026, Frequency.ANNUAL, 0));
        assertThat(Period.parse("2026Q3")).contains(new Period(2026, Frequency.QUARTERLY, 3));
        assertThat(Period.parse("2026-11")).contains(new Period(2026, Frequency.MONTHLY, 11));
    }

    @Test
    void printsWhatItParsed() {
        for (String text : new String[] {"2030", "2027Q4", "2028-01", "2028-12"}) {
            assertThat(Period.parse(text).orElseThrow()).hasToString(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026Q0", "2026Q5", "2026-00", "2026-13", "2026-1", "2026q1", "2026 ", "H1-2026"})
    void refusesAnythingElse(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }
}
