package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.evaluation.Target.Ceiling;
import io.planmon.indicator.domain.evaluation.Target.Decreasing;
import io.planmon.indicator.domain.evaluation.Target.Floor;
import io.planmon.indicator.domain.evaluation.Target.InStepWith;
import io.planmon.indicator.domain.evaluation.Target.Increasing;
import io.planmon.indicator.domain.evaluation.Target.MultipleOfBase;
import io.planmon.indicator.domain.evaluation.Target.NoTarget;
import io.planmon.indicator.domain.evaluation.Target.NotBelowReference;
import io.planmon.indicator.domain.evaluation.Target.PeakByYear;
import io.planmon.indicator.domain.evaluation.Target.Range;
import io.planmon.indicator.domain.evaluation.Target.TargetValue;
import io.planmon.web.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Target} from {@code indicator.target_kind} and {@code target_params}, or names every invalid field.
 * Whether a reference indicator exists, and has the same frequency, is for the caller, who has the catalogue.
 */
public final class TargetParser {
    /** Keys that may sit beside the parameters in a target body: the kind itself and the band override. */
    private static final Set<String> NOT_PARAMETERS = Set.of("kind", "bands");

    private TargetParser() {}

    public static Validated<Target> parse(
            String kind, Map<String, Object> params, String ownCode, Frequency frequency) {
        TargetKind targetKind = TargetKind.parse(kind).orElse(null);
        if (targetKind == null) {
            String message = kind == null ? "is required" : "must be one of " + Arrays.toString(TargetKind.values());
            return Validated.invalid(List.of(new FieldError("kind", message)));
        }
        List<FieldError> errors = new ArrayList<>();
        Params p = new Params(params, "", errors);
        Target target = build(targetKind, p, ownCode);
        p.rejectUnread(targetKind.name(), NOT_PARAMETERS);
        if (targetKind.annualOnly() && frequency != Frequency.ANNUAL) {
            errors.add(new FieldError("kind", targetKind + " counts in years and needs an annual indicator"));
        }
        return errors.isEmpty() ? Validated.valid(target) : Validated.invalid(errors);
    }

    private static Target build(TargetKind kind, Params p, String ownCode) {
        return switch (kind) {
            case MULTIPLE_OF_BASE -> {
                BigDecimal factor = p.number("factor", null);
                if (factor != null && factor.signum() <= 0) {
                    p.error("factor", "must be greater than 0");
                }
                int baseYear = p.year("baseYear");
                yield new MultipleOfBase(factor, baseYear, targetYear(p, baseYear));
            }
            case TARGET_VALUE -> {
                int baseYear = p.year("baseYear");
                yield new TargetValue(baseYear, targetYear(p, baseYear), p.number("targetValue", null));
            }
            case NOT_BELOW_REFERENCE ->
                new NotBelowReference(reference(p, ownCode), tolerance(p, Target.DEFAULT_REFERENCE_TOLERANCE));
            case IN_STEP_WITH ->
                new InStepWith(reference(p, ownCode), tolerance(p, Target.DEFAULT_REFERENCE_TOLERANCE));
            case DECREASING -> new Decreasing();
            case INCREASING -> new Increasing();
            case PEAK_BY_YEAR -> new PeakByYear(p.year("peakYear"));
            case RANGE -> range(p);
            case CEILING -> new Ceiling(p.number("limit", null));
            case FLOOR -> new Floor(p.number("limit", null));
            case NO_TARGET -> new NoTarget();
        };
    }

    private static int targetYear(Params p, int baseYear) {
        int targetYear = p.year("targetYear");
        if (targetYear != 0 && baseYear != 0 && targetYear <= baseYear) {
            p.error("targetYear", "must be after baseYear " + baseYear);
        }
        return targetYear;
    }

    private static String reference(Params p, String ownCode) {
        String code = p.text("reference");
        if (code != null && code.equals(ownCode)) {
            p.error("reference", "must name another indicator than " + ownCode + " itself");
        }
        return code;
    }

    private static BigDecimal tolerance(Params p, BigDecimal fallback) {
        BigDecimal tolerance = p.number("tolerance", fallback);
        if (tolerance.signum() < 0) {
            p.error("tolerance", "must not be negative");
        }
        return tolerance;
    }

    /** A range without a tolerance has no grace band: just outside is OFF_TRACK. */
    private static Range range(Params p) {
        BigDecimal min = p.number("min", null);
        BigDecimal max = p.number("max", null);
        if (min != null && max != null && min.compareTo(max) > 0) {
            p.error("max", "must not be below min " + Wording.param(min));
        }
        return new Range(min, max, tolerance(p, BigDecimal.ZERO));
    }
}
