package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.doubling;
import static io.planmon.indicator.domain.evaluation.Fixtures.evaluate;
import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.period;
import static io.planmon.indicator.domain.evaluation.Fixtures.series;
import static io.planmon.indicator.domain.evaluation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The path kinds on their progress ratio: the worked example of docs/spec.md#the-worked-example and every band edge.
 */
class PathRuleTest {
    private static final Series BASE_100 = series("2020", 100);

    @ParameterizedTest
    @CsvSource({"131, 0.970, ON_TRACK, -0.95", "128, 0.876, AT_RISK, -3.95", "125, 0.782, OFF_TRACK, -6.95"})
    void workedExampleOfSpec(String actual, String ratio, Status status, String gap) {
        Evaluation e = evaluate(doubling(), "2026", actual, BASE_100);
        assertThat(e.expected()).isEqualTo(n("131.95"));
        assertThat(e.progressRatio()).isEqualTo(n(ratio));
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.gap()).isEqualTo(n(gap));
        assertThat(e.referenceValue()).isNull();
    }

    @Test
    void workedExampleSaysWhyWithTheNumbers() {
        Evaluation e = evaluate(doubling(), "2026", 131, BASE_100);
        assertThat(e.reason()).isEqualTo("2026年为131.00，按2020至2035年翻一番路径应达131.95，进度比0.970，符合进度");
        assertThat(e.reasonEn())
                .isEqualTo("131.00 in 2026 against 131.95 expected on the path to doubling 2020→2035: progress"
                        + " ratio 0.970, on track");
    }

    /** Base 100, target 200 by 2030: 150 expected in 2025, so p = (actual − 100) / 50 exactly. */
    @ParameterizedTest
    @CsvSource({
        "147.55, 0.951, ON_TRACK",
        "147.5,  0.950, ON_TRACK",
        "147.475, 0.950, ON_TRACK", // 0.9495 reads 0.950 and is judged as read
        "147.47, 0.949, AT_RISK",
        "147.45, 0.949, AT_RISK",
        "142.55, 0.851, AT_RISK",
        "142.5,  0.850, AT_RISK",
        "142.45, 0.849, OFF_TRACK",
        "90,     -0.200, OFF_TRACK",
        "160,    1.200, ON_TRACK"
    })
    void risingTargetValueAtTheBandEdges(String actual, String ratio, Status status) {
        Target rising = target("TARGET_VALUE", "baseYear", 2020, "targetYear", 2030, "targetValue", 200);
        Evaluation e = evaluate(rising, "2025", actual, BASE_100);
        assertThat(e.expected()).isEqualTo(n("150.00"));
        assertThat(e.progressRatio()).isEqualTo(n(ratio));
        assertThat(e.status()).isEqualTo(status);
    }

    /** Base 200, target 100 by 2030: going down is progress, whatever the indicator's polarity says. */
    @ParameterizedTest
    @CsvSource({
        "152.45, 0.951, ON_TRACK",
        "152.5, 0.950, ON_TRACK",
        "152.55, 0.949, AT_RISK",
        "157.5, 0.850, AT_RISK",
        "157.55, 0.849, OFF_TRACK",
        "210, -0.200, OFF_TRACK"
    })
    void fallingTargetValueAtTheBandEdges(String actual, String ratio, Status status) {
        Target falling = target("TARGET_VALUE", "baseYear", 2020, "targetYear", 2030, "targetValue", 100);
        for (Polarity polarity : Polarity.values()) {
            Evaluation e = evaluate(falling, "2025", actual, series("2020", 200), polarity);
            assertThat(e.expected()).isEqualTo(n("150.00"));
            assertThat(e.progressRatio()).isEqualTo(n(ratio));
            assertThat(e.status()).isEqualTo(status);
        }
    }

    @Test
    void halvingIsACompoundPathDownwards() {
        Target halving = target("MULTIPLE_OF_BASE", "factor", 0.5, "baseYear", 2020, "targetYear", 2030);
        Evaluation e = evaluate(halving, "2025", 72, BASE_100, Polarity.LOWER_IS_BETTER);
        assertThat(e.expected()).isEqualTo(n("70.71"));
        assertThat(e.progressRatio()).isEqualTo(n("0.956"));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.reasonEn()).contains("0.5× the base 2020→2030");
    }

    @Test
    void perIndicatorBandsMoveTheEdges() {
        Bands strict =
                Bands.parse(Fixtures.params("onTrack", 0.98, "atRisk", 0.9)).orElseThrow();
        Bands lenient =
                Bands.parse(Fixtures.params("onTrack", 0.85, "atRisk", 0.8)).orElseThrow();
        assertThat(evaluateWith(strict, 131).status()).isEqualTo(Status.AT_RISK);
        assertThat(evaluateWith(strict, 128).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(evaluateWith(lenient, 128).status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluateWith(lenient, 125).status()).isEqualTo(Status.OFF_TRACK);
    }

    private static Evaluation evaluateWith(Bands bands, int actual) {
        return doubling()
                .evaluate(new Situation(period("2026"), n(actual), BASE_100, null, Polarity.HIGHER_IS_BETTER, bands));
    }
}
