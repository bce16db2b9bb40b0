package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.ValueRange;
import io.planmon.indicator.messaging.ObservationEvents;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Stores the values departments push, one transaction per value together with the re-evaluation it causes and the
 * events that announce both.
 */
@ApplicationScoped
public class ObservationService {
    private static final Logger LOG = Logger.getLogger(ObservationService.class);

    private final ObservationEvents events;
    private final Reevaluator reevaluator;
    private final IndicatorLocks locks;
    private final Clock clock;
    private final MeterRegistry metrics;

    public ObservationService(
            ObservationEvents events,
            Reevaluator reevaluator,
            IndicatorLocks locks,
            Clock clock,
            MeterRegistry metrics) {
        this.events = events;
        this.reevaluator = reevaluator;
        this.locks = locks;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional
    public Observation.Result record(String code, String periodText, BigDecimal value, String note, Caller caller) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("no indicator " + code + " in the catalogue"));
        caller.requireWriteAccess(indicator.ownerDepartment, "indicator " + code);
        Period period = Period.parse(periodText)
                .orElseThrow(() -> ProblemException.invalid(
                        "period", "'" + periodText + "' is not a period: use 2026, 2026Q1 or 2026-01"));
        if (period.frequency() != indicator.frequency) {
            throw ProblemException.invalid(
                    "period",
                    code + " is " + indicator.frequency + ": expected a period like " + indicator.frequency.example()
                            + ", got " + periodText);
        }
        ValueRange.of(indicator).violation(value, indicator.unit).ifPresent(message -> {
            throw ProblemException.invalid("value", message);
        });
        locks.forValueChange(indicator);
        Observation.Result result =
                Observation.record(code, period.toString(), value, note, caller.name(), clock.instant());
        if (result.outcome() != Observation.Outcome.UNCHANGED) {
            events.recorded(indicator, result);
            reevaluator.afterValueChanged(indicator, period.toString());
        }
        metrics.counter(
                        "planmon.observations.recorded",
                        "outcome",
                        result.outcome().name())
                .increment();
        LOG.infof(
                "%s %s %s = %s by %s: %s",
                indicator.ownerDepartment, code, period, value, caller.name(), result.outcome());
        return result;
    }
}
