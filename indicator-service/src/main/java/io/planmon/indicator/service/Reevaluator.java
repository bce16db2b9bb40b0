package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.PeriodEvaluation;
import io.planmon.indicator.domain.StatusChange;
import io.planmon.indicator.domain.StoredTarget;
import io.planmon.indicator.domain.evaluation.Bands;
import io.planmon.indicator.domain.evaluation.Evaluation;
import io.planmon.indicator.domain.evaluation.Series;
import io.planmon.indicator.domain.evaluation.Situation;
import io.planmon.indicator.domain.evaluation.Target;
import io.planmon.indicator.messaging.IndicatorStatusEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Keeps the stored evaluations in step with the values and targets, inside the caller's transaction: every status
 * change is recorded and published through the outbox together with the change that caused it.
 */
@ApplicationScoped
public class Reevaluator {
    private static final Logger LOG = Logger.getLogger(Reevaluator.class);

    private final IndicatorStatusEvents events;
    private final ProjectionAnnouncer projections;
    private final Clock clock;
    private final MeterRegistry metrics;

    public Reevaluator(
            IndicatorStatusEvents events, ProjectionAnnouncer projections, Clock clock, MeterRegistry metrics) {
        this.events = events;
        this.projections = projections;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** After the target changed: the whole history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void all(Indicator indicator) {
        evaluateFrom(indicator, null);
    }

    private void evaluateFrom(Indicator indicator, String from) {
        Target target = StoredTarget.of(indicator);
        Bands bands = StoredTarget.bandsOf(indicator);
        Map<String, BigDecimal> values = new TreeMap<>(Observation.valuesOf(indicator.code));
        Series series = Series.parse(values);
        Series reference = StoredTarget.referenceOf(target)
                .map(code -> Series.parse(Observation.valuesOf(code)))
                .orElse(Series.EMPTY);
        TreeMap<String, PeriodEvaluation> stored = new TreeMap<>();
        PeriodEvaluation.of(indicator.code).forEach(e -> stored.put(e.period, e));
        Instant now = clock.instant();
        values.forEach((period, value) -> {
            if (from == null || period.compareTo(from) >= 0) {
                Situation situation = new Situation(
                        Period.parse(period).orElseThrow(), value, series, reference, indicator.polarityValue(), bands);
                stored.put(
                        period, store(indicator, stored.get(period), period, value, target.evaluate(situation), now));
            }
        });
        String latestStatus = stored.isEmpty() ? null : stored.lastEntry().getValue().status;
        projections.afterEvaluation(indicator, StoredTarget.outlook(indicator, target, series, latestStatus), now);
    }

    private PeriodEvaluation store(
            Indicator indicator,
            PeriodEvaluation existing,
            String period,
            BigDecimal value,
            Evaluation evaluation,
            Instant now) {
        PeriodEvaluation row = existing != null ? existing : PeriodEvaluation.blank(indicator.code, period);
        String previous = existing == null ? null : existing.status;
        row.apply(value, evaluation, now);
        if (existing == null) {
            row.persist();
        }
        if (!Objects.equals(previous, row.status)) {
            StatusChange.of(row, previous).persist();
            events.statusChanged(indicator, row, previous);
            metrics.counter("planmon.indicator.status.changes", "status", row.status)
                    .increment();
            LOG.infof("%s %s: %s -> %s", indicator.code, period, previous, row.status);
        }
        return row;
    }
}
