package io.planmon.indicator.domain.evaluation;

import io.planmon.web.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The progress-ratio thresholds of the path kinds: p ≥ onTrack ON_TRACK, atRisk ≤ p < onTrack AT_RISK, else OFF_TRACK. */
public record Bands(BigDecimal onTrack, BigDecimal atRisk) {
    public static final Bands DEFAULT = new Bands(new BigDecimal("0.95"), new BigDecimal("0.85"));

    /**
     * The per-indicator override, e.g. {@code {"onTrack": 0.9, "atRisk": 0.8}}; null or a missing key keeps the
     * default. Field errors are named {@code bands.onTrack} and {@code bands.atRisk}, as the override sits under
     * {@code bands} in a target body.
     */
    public static Validated<Bands> parse(Map<String, Object> overrides) {
        List<FieldError> errors = new ArrayList<>();
        Params params = new Params(overrides, "bands.", errors);
        BigDecimal onTrack = params.number("onTrack", DEFAULT.onTrack);
        BigDecimal atRisk = params.number("atRisk", DEFAULT.atRisk);
        params.rejectUnread("bands", Set.of());
        if (errors.isEmpty() && atRisk.signum() <= 0) {
            params.error("atRisk", "must be greater than 0");
        } else if (errors.isEmpty() && atRisk.compareTo(onTrack) > 0) {
            params.error("atRisk", "must not be above onTrack " + Wording.param(onTrack));
        }
        return errors.isEmpty() ? Validated.valid(new Bands(onTrack, atRisk)) : Validated.invalid(errors);
    }

    Status classify(BigDecimal progressRatio) {
        if (progressRatio.compareTo(onTrack) >= 0) {
            return Status.ON_TRACK;
        }
        return progressRatio.compareTo(atRisk) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
