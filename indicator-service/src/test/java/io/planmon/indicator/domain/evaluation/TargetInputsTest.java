package io.planmon.indicator.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.indicator.domain.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What each rule says it reads decides which later periods a changed value re-evaluates: a rule that reads more than
 * it declares would keep a stale status, so every kind's declaration is pinned here.
 */
class TargetInputsTest {
    private static final Period MARCH = Period.parse("2025-03").orElseThrow();
    private static final Period JANUARY = Period.parse("2025-01").orElseThrow();
    private static final Period YEAR = Period.parse("2025").orElseThrow();

    @Test
    void theDirectionKindsReadThePeriodAndTheOneBefore() {
        assertThat(new Target.Decreasing().inputs(MARCH))
                .contains(List.of(MARCH, Period.parse("2025-02").orElseThrow()));
        assertThat(new Target.Increasing().inputs(JANUARY))
                .contains(List.of(JANUARY, Period.parse("2024-12").orElseThrow()));
    }

    @Test
    void theLimitAndReferenceKindsAndNoTargetReadThePeriodItself() {
        BigDecimal one = BigDecimal.ONE;
        for (Target target : List.of(
                new Target.Range(BigDecimal.ZERO, BigDecimal.TEN, one),
                new Target.Ceiling(one),
                new Target.Floor(one),
                new Target.NoTarget(),
                new Target.NotBelowReference("REF", one),
                new Target.InStepWith("REF", one))) {
            assertThat(target.inputs(MARCH)).as(target.toString()).contains(List.of(MARCH));
        }
    }

    @Test
    void thePathAndPeakKindsMayReadAnyEarlierValue() {
        for (Target target : List.of(
                new Target.MultipleOfBase(new BigDecimal("2"), 2020, 2035),
                new Target.TargetValue(2020, 2035, new BigDecimal("250")),
                new Target.PeakByYear(2030))) {
            assertThat(target.inputs(YEAR)).as(target.toString()).isEqualTo(Optional.empty());
        }
    }
}
