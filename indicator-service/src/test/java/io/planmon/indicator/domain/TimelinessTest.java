package io.planmon.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.indicator.domain.Timeliness.Outcome;
import io.planmon.indicator.domain.Timeliness.Tally;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a figure is on time, late, missing or not yet due, and how a tally turns into rates. */
class TimelinessTest {
    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    @Test
    void aFigureIsOnTimeUpToItsDueDayAndLateAfter() {
        assertThat(Timeliness.outcome(DUE, DUE, DUE.plusDays(10))).isEqualTo(Outcome.ON_TIME);
        assertThat(Timeliness.outcome(DUE, DUE.plusDays(1), DUE.plusDays(10))).isEqualTo(Outcome.LATE);
        // sent early, before the due day has come: on time already
        assertThat(Timeliness.outcome(DUE, DUE.minusDays(20), DUE.minusDays(10)))
                .isEqualTo(Outcome.ON_TIME);
    }

    @Test
    void aFigureNotThereIsMissingOnlyOnceItsDueDayHasPassed() {
        assertThat(Timeliness.outcome(DUE, null, DUE)).isEqualTo(Outcome.NOT_YET_DUE);
        assertThat(Timeliness.outcome(DUE, null, DUE.plusDays(1))).isEqualTo(Outcome.MISSING);
    }

    @Test
    void theRatesCountOnlyExpectedFigures() {
        Tally tally = new Tally();
        assertThat(tally.onTimeRate()).isNull();
        tally.count("A", Outcome.ON_TIME, true);
        tally.count("B", Outcome.LATE, false);
        tally.count("C", Outcome.MISSING, false);
        tally.count("D", Outcome.NOT_YET_DUE, false);

        assertThat(tally.expected()).isEqualTo(3);
        assertThat(tally.notYetDue()).isEqualTo(1);
        assertThat(tally.approved()).isEqualTo(1);
        assertThat(tally.onTimeRate()).isEqualByComparingTo("0.333");
        assertThat(tally.completeness()).isEqualByComparingTo("0.667");
        assertThat(tally.missingIndicators()).containsExactly("C");

        Tally sum = new Tally();
        sum.add(tally);
        sum.add(tally);
        assertThat(sum.expected()).isEqualTo(6);
        assertThat(sum.onTimeRate()).isEqualByComparingTo("0.333");
        assertThat(sum.missingIndicators()).containsExactly("C", "C");
    }
}
