package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.StoredTarget;
import io.planmon.indicator.domain.TargetChange;
import io.planmon.indicator.domain.evaluation.Bands;
import io.planmon.indicator.domain.evaluation.Target;
import io.planmon.indicator.domain.evaluation.TargetParser;
import io.planmon.indicator.domain.evaluation.Validated;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The plan admin sets an indicator's target: validated, recorded with who and when, and the history re-evaluated. */
@ApplicationScoped
public class TargetService {
    private static final Logger LOG = Logger.getLogger(TargetService.class);

    private final Reevaluator reevaluator;
    private final IndicatorLocks locks;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final IndicatorRepository indicators;

    public TargetService(
            Reevaluator reevaluator,
            IndicatorLocks locks,
            Clock clock,
            MeterRegistry metrics,
            IndicatorRepository indicators) {
        this.reevaluator = reevaluator;
        this.locks = locks;
        this.clock = clock;
        this.metrics = metrics;
        this.indicators = indicators;
    }

    /** @param body the kind, its parameters and optionally {@code bands}, as one JSON object */
    @Transactional
    public Indicator set(String code, Map<String, Object> body, Caller caller) {
        Indicator indicator = indicators.require(code);
        Object kind = body.get("kind");
        List<FieldError> errors = new ArrayList<>();
        Validated<Target> target =
                TargetParser.parse(kind instanceof String k ? k : null, body, indicator.code, indicator.frequency);
        errors.addAll(target.errors());
        if (target.isValid()) {
            StoredTarget.referenceOf(target.value()).ifPresent(ref -> checkReference(indicator, ref, errors));
        }
        Map<String, Object> bands = bands(body.get("bands"), errors);
        if (!errors.isEmpty()) {
            String detail =
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(400, "validation", "Invalid input", detail, errors);
        }
        locks.forOwnChange(indicator);
        Map<String, Object> params = new LinkedHashMap<>(body);
        params.remove("kind");
        params.remove("bands");
        record(indicator, (String) kind, params, bands, caller.name());
        indicator.targetKind = (String) kind;
        indicator.targetParams = params;
        indicator.targetBands = bands;
        reevaluator.all(indicator);
        metrics.counter("planmon.targets.changed").increment();
        LOG.infof("target of %s set to %s %s (bands %s) by %s", code, kind, params, bands, caller.name());
        return indicator;
    }

    private void checkReference(Indicator indicator, String ref, List<FieldError> errors) {
        Indicator reference = indicators.findById(ref);
        if (reference == null) {
            errors.add(new FieldError("reference", "no indicator " + ref + " in the catalogue"));
        } else if (reference.frequency != indicator.frequency) {
            errors.add(new FieldError(
                    "reference",
                    ref + " is " + reference.frequency + " but " + indicator.code + " is " + indicator.frequency
                            + ": a reference must have the same frequency"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bands(Object raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            errors.add(new FieldError("bands", "must be an object such as {\"onTrack\": 0.95, \"atRisk\": 0.85}"));
            return null;
        }
        Validated<Bands> bands = Bands.parse((Map<String, Object>) map);
        errors.addAll(bands.errors());
        return (Map<String, Object>) map;
    }

    private void record(Indicator i, String kind, Map<String, Object> params, Map<String, Object> bands, String by) {
        TargetChange change = new TargetChange();
        change.indicatorCode = i.code;
        change.previousKind = i.targetKind;
        change.previousParams = i.targetParams;
        change.previousBands = i.targetBands;
        change.kind = kind;
        change.params = params;
        change.bands = bands;
        change.changedBy = by;
        change.changedAt = clock.instant();
        change.persist();
    }
}
