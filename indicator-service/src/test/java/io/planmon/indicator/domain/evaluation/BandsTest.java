package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.n;
import static io.planmon.indicator.domain.evaluation.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.web.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default bands of docs/spec.md#progress-ratio-and-bands at their edges, and per-indicator overrides with their
 * validation.
 */
class BandsTest {

    @ParameterizedTest
    @CsvSource({
        "1.2, ON_TRACK",
        "0.951, ON_TRACK",
        "0.95, ON_TRACK",
        "0.949, AT_RISK",
        "0.851, AT_RISK",
        "0.85, AT_RISK",
        "0.849, OFF_TRACK",
        "-0.5, OFF_TRACK"
    })
    void defaultBandsOfSpec(String ratio, Status status) {
        assertThat(Bands.DEFAULT.classify(n(ratio))).isEqualTo(status);
    }

    @Test
    void nothingOverriddenKeepsTheDefaults() {
        assertThat(Bands.parse(null).value()).isEqualTo(Bands.DEFAULT);
        assertThat(Bands.parse(params()).value()).isEqualTo(Bands.DEFAULT);
        assertThat(Bands.parse(params("onTrack", 0.9)).value()).isEqualTo(new Bands(n("0.9"), n("0.85")));
    }

    @Test
    void equalBandsLeaveNoAtRiskBand() {
        Bands sharp = Bands.parse(params("onTrack", 0.9, "atRisk", 0.9)).value();
        assertThat(sharp.classify(n("0.9"))).isEqualTo(Status.ON_TRACK);
        assertThat(sharp.classify(n("0.899"))).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void atRiskIsAboveZeroAndNotAboveOnTrack() {
        assertThat(Bands.parse(params("atRisk", 0)).errors())
                .containsExactly(new FieldError("bands.atRisk", "must be greater than 0"));
        assertThat(Bands.parse(params("onTrack", 0.8, "atRisk", 0.9)).errors())
                .containsExactly(new FieldError("bands.atRisk", "must not be above onTrack 0.8"));
        assertThat(Bands.parse(params("atRisk", 0.96)).errors())
                .containsExactly(new FieldError("bands.atRisk", "must not be above onTrack 0.95"));
    }

    @Test
    void namesBadAndUnknownFields() {
        assertThat(Bands.parse(params("onTrack", "high", "risk", 0.8)).errors())
                .containsExactly(
                        new FieldError("bands.onTrack", "must be a number"),
                        new FieldError("bands.risk", "is not a parameter of bands"));
    }
}
