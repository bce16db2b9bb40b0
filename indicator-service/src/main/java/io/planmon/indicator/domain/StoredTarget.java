package io.planmon.indicator.domain;

import io.planmon.indicator.domain.evaluation.Bands;
import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Series;
import io.planmon.indicator.domain.evaluation.Status;
import io.planmon.indicator.domain.evaluation.Target;
import io.planmon.indicator.domain.evaluation.TargetParser;
import io.planmon.indicator.domain.evaluation.Validated;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The engine's view of what an indicator row stores: its {@link Target}, its {@link Bands} and its outlook. */
public final class StoredTarget {
    private static final Logger LOG = Logger.getLogger(StoredTarget.class);
    static final List<String> REFERENCE_KINDS = List.of("NOT_BELOW_REFERENCE", "IN_STEP_WITH");

    private StoredTarget() {}

    /**
     * The target; a stored target that no longer validates (a catalogue defect) is logged and judged as NO_TARGET
     * rather than failing every push of the indicator.
     */
    public static Target of(Indicator i) {
        Validated<Target> target = TargetParser.parse(i.targetKind, i.targetParams, i.code, i.frequency);
        if (!target.isValid()) {
            LOG.errorf("stored target of %s is invalid, evaluated as NO_TARGET: %s", i.code, target.errors());
            return new Target.NoTarget();
        }
        return target.value();
    }

    public static Bands bandsOf(Indicator i) {
        Validated<Bands> bands = Bands.parse(i.targetBands);
        if (!bands.isValid()) {
            LOG.errorf("stored bands of %s are invalid, default bands used: %s", i.code, bands.errors());
            return Bands.DEFAULT;
        }
        return bands.value();
    }

    public static Optional<String> referenceOf(Target target) {
        if (target instanceof Target.NotBelowReference r) {
            return Optional.of(r.referenceCode());
        }
        if (target instanceof Target.InStepWith r) {
            return Optional.of(r.referenceCode());
        }
        return Optional.empty();
    }

    /** The projection to the target year; {@code latestStatus} is the stored status of the latest period, if any. */
    public static Outlook outlook(Indicator i, Target target, Series series, String latestStatus) {
        Status current = Arrays.stream(Status.values())
                .filter(s -> s.name().equals(latestStatus))
                .findFirst()
                .orElse(null);
        return target.project(series, i.polarityValue(), current);
    }
}
