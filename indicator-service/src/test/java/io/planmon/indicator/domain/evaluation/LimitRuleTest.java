package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.evaluate;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RANGE, CEILING, FLOOR and NO_TARGET: the kinds that need no history. */
class LimitRuleTest {
    private static final Target RANGE = target("RANGE", "min", 4, "max", 6, "tolerance", 0.5);

    @ParameterizedTest
    @CsvSource({
        "5,    ON_TRACK",
        "4,    ON_TRACK",
        "6,    ON_TRACK",
        "3.99, AT_RISK",
        "3.5,  AT_RISK",
        "3.49, OFF_TRACK",
        "6.01, AT_RISK",
        "6.5,  AT_RISK",
        "6.51, OFF_TRACK"
    })
    void rangeWithTolerance(String actual, Status status) {
        assertThat(evaluate(RANGE, "2026", actual, series()).status()).isEqualTo(status);
    }

    @Test
    void outsideTheRangeTheCrossedBoundIsExpected() {
        Evaluation below = evaluate(RANGE, "2026", 3.7, series());
        assertThat(below.expected()).isEqualTo(n("4.00"));
        assertThat(below.gap()).isEqualTo(n("-0.30"));
        assertThat(below.reasonEn())
                .isEqualTo("3.70 in 2026 is 0.30 below the range [4.00, 6.00] (tolerance 0.5), at risk");
        Evaluation inside = evaluate(RANGE, "2026", 5, series());
        assertThat(inside.expected()).isNull();
        assertThat(inside.reason()).isEqualTo("2026年为5.00，在合理区间[4.00, 6.00]内，符合进度");
    }

    @Test
    void aRangeWithoutToleranceHasNoRiskBand() {
        Target strict = target("RANGE", "min", 4, "max", 6);
        assertThat(evaluate(strict, "2026", 6, series()).status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluate(strict, "2026", 6.01, series()).status()).isEqualTo(Status.OFF_TRACK);
    }

    @ParameterizedTest
    @CsvSource({
        "CEILING, 99.99, ON_TRACK",
        "CEILING, 100, ON_TRACK",
        "CEILING, 100.01, OFF_TRACK",
        "FLOOR, 100.01, ON_TRACK",
        "FLOOR, 100, ON_TRACK",
        "FLOOR, 99.99, OFF_TRACK"
    })
    void atTheLimitIsNotBeyondIt(String kind, String actual, Status status) {
        Evaluation e = evaluate(target(kind, "limit", 100), "2026-03", actual, series());
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.expected()).isEqualTo(n("100.00"));
        assertThat(e.reasonEn())
                .startsWith(n(actual).setScale(2) + " in 2026-03")
                .contains("100.00");
    }

    @Test
    void theCeilingSaysWhichWayItWasCrossed() {
        Evaluation e = evaluate(target("CEILING", "limit", 100), "2026-03", 103.5, series());
        assertThat(e.gap()).isEqualTo(n("3.50"));
        assertThat(e.reason()).isEqualTo("2026年3月为103.50，超出上限100.00，偏离目标");
        assertThat(e.reasonEn()).isEqualTo("103.50 in 2026-03 is beyond the ceiling 100.00, off track");
    }

    @Test
    void noTargetSaysThePlanAdminHasNotSetIt() {
        Evaluation e = evaluate(target("NO_TARGET"), "2026", 5, series());
        assertThat(e.status()).isEqualTo(Status.NO_TARGET);
        assertThat(e.expected()).isNull();
        assertThat(e.reason()).contains("规划管理员尚未设定");
        assertThat(e.reasonEn()).contains("plan admin has not set the target parameters");
    }
}
