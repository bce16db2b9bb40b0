package io.planmon.indicator.domain.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** The target kinds of docs/spec.md#target-kinds, spelled as {@code indicator.target_kind} stores them. */
public enum TargetKind {
    MULTIPLE_OF_BASE,
    TARGET_VALUE,
    NOT_BELOW_REFERENCE,
    IN_STEP_WITH,
    DECREASING,
    INCREASING,
    PEAK_BY_YEAR,
    RANGE,
    CEILING,
    FLOOR,
    NO_TARGET;

    static Optional<TargetKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text)).findFirst();
    }

    /** Kinds whose rule counts in years: they need an annual indicator. */
    boolean annualOnly() {
        return this == MULTIPLE_OF_BASE || this == TARGET_VALUE || this == PEAK_BY_YEAR;
    }
}
