package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Observation.Outcome;
import io.planmon.indicator.domain.StoredTarget;
import io.planmon.indicator.domain.evaluation.Series;
import io.planmon.indicator.domain.evaluation.Target;
import io.planmon.indicator.messaging.IndicatorStatusEvents;
import io.planmon.indicator.messaging.ObservationEvents;
import io.planmon.indicator.service.SeriesChange.Applied;
import io.planmon.indicator.service.SeriesChange.RowResult;
import io.planmon.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Applies the rows of one indicator in the caller's transaction, set-based: lock the indicator and its dependents,
 * read its series once, write the values and revisions in two statements, evaluate it once from its earliest changed
 * period, evaluate its dependents once, and record every event with one outbox batch. The number of statements
 * depends on the number of indicators, not of rows or periods.
 */
@ApplicationScoped
public class IndicatorBatch {
    private static final Logger LOG = Logger.getLogger(IndicatorBatch.class);

    private final IndicatorLocks locks;
    private final ObservationStore observations;
    private final EvaluationStore evaluations;
    private final ObservationEvents observationEvents;
    private final IndicatorStatusEvents statusEvents;
    private final Outbox outbox;
    private final ProjectionAnnouncer projections;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Jdbc jdbc;

    public IndicatorBatch(
            IndicatorLocks locks,
            ObservationStore observations,
            EvaluationStore evaluations,
            ObservationEvents observationEvents,
            IndicatorStatusEvents statusEvents,
            Outbox outbox,
            ProjectionAnnouncer projections,
            Clock clock,
            MeterRegistry metrics,
            Jdbc jdbc) {
        this.locks = locks;
        this.observations = observations;
        this.evaluations = evaluations;
        this.observationEvents = observationEvents;
        this.statusEvents = statusEvents;
        this.outbox = outbox;
        this.projections = projections;
        this.clock = clock;
        this.metrics = metrics;
        this.jdbc = jdbc;
    }

    /**
     * What a group did.
     *
     * @param earliest the earliest period whose value changed, null when none did
     * @param dependents the indicators that use this one as their reference
     */
    record Done(
            List<RowResult> rows, String earliest, List<String> dependents, List<ImportSummary.Evaluated> evaluated) {}

    /**
     * @param pendingFrom the earliest period of this indicator's reference changed earlier in the batch, or null
     * @param deferred dependents evaluated later in the batch (they have rows of their own): not evaluated here
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Done apply(String code, List<AcceptedRow> rows, String pendingFrom, Set<String> deferred, String by) {
        Indicator indicator = Indicator.findById(code);
        List<Indicator> dependents = locks.forValueChange(indicator);
        Instant now = clock.instant();
        Applied applied = SeriesChange.apply(observations.current(code), rows, by, now);
        observations.write(code, applied.latest(), applied.revisions(), by, now);
        List<Outbox.Pending> events = new ArrayList<>();
        for (RowResult r : applied.rows()) {
            if (r.outcome() != Outcome.UNCHANGED) {
                events.add(observationEvents.recorded(
                        indicator, r.period(), r.value(), r.revision(), r.previousValue(), by, r.note(), now));
            }
            metrics.counter(
                            "planmon.observations.recorded",
                            "outcome",
                            r.outcome().name())
                    .increment();
        }
        List<Runnable> announcements = new ArrayList<>();
        List<ImportSummary.Evaluated> evaluated = new ArrayList<>();
        String from = earlier(applied.earliest(), pendingFrom);
        if (from != null) {
            evaluated.add(evaluate(indicator, applied.values(), null, from, now, events, announcements));
        }
        if (applied.earliest() != null) {
            for (Indicator dependent : dependents) {
                if (!deferred.contains(dependent.code)) {
                    evaluated.add(evaluate(
                            dependent, null, applied.values(), applied.earliest(), now, events, announcements));
                }
            }
        }
        publish(events);
        // After the batch of status events, as a push one by one announced them: the projection follows the statuses.
        announcements.forEach(Runnable::run);
        LOG.infof(
                "%s: %d rows by %s, earliest change %s, %d events",
                code, rows.size(), by, applied.earliest(), events.size());
        return new Done(
                applied.rows(),
                applied.earliest(),
                dependents.stream().map(d -> d.code).toList(),
                evaluated);
    }

    /** Evaluates one indicator from {@code from} on, alone: a dependent whose own group of the batch failed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportSummary.Evaluated reevaluate(String code, String from) {
        Indicator indicator = Indicator.findById(code);
        locks.forOwnChange(indicator);
        return alone(indicator, from);
    }

    /** Evaluates every period after the target changed; the caller holds the indicator's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportSummary.Evaluated all(Indicator indicator) {
        return alone(indicator, "");
    }

    private ImportSummary.Evaluated alone(Indicator indicator, String from) {
        List<Outbox.Pending> events = new ArrayList<>();
        List<Runnable> announcements = new ArrayList<>();
        ImportSummary.Evaluated evaluated =
                evaluate(indicator, null, null, from, clock.instant(), events, announcements);
        publish(events);
        announcements.forEach(Runnable::run);
        return evaluated;
    }

    /**
     * @param values the indicator's series when already in memory, else null (read)
     * @param referenceValues the reference's series when already in memory, else null (read)
     */
    private ImportSummary.Evaluated evaluate(
            Indicator indicator,
            NavigableMap<String, BigDecimal> values,
            NavigableMap<String, BigDecimal> referenceValues,
            String from,
            Instant now,
            List<Outbox.Pending> events,
            List<Runnable> announcements) {
        Target target = StoredTarget.of(indicator);
        NavigableMap<String, BigDecimal> own = values != null ? values : observations.values(indicator.code);
        Series series = Series.parse(own);
        Series reference = referenceValues != null
                ? Series.parse(referenceValues)
                : StoredTarget.referenceOf(target)
                        .map(code -> Series.parse(observations.values(code)))
                        .orElse(Series.EMPTY);
        SeriesEvaluator.Result result = SeriesEvaluator.evaluate(
                target,
                indicator.polarityValue(),
                StoredTarget.bandsOf(indicator),
                own,
                series,
                reference,
                evaluations.from(indicator.code, from),
                from);
        evaluations.write(indicator.code, result.changes(), now);
        String latestStatus = result.latestPeriod() != null
                ? result.latestStatus()
                : evaluations.latestStatus(indicator.code).orElse(null);
        List<ImportSummary.StatusMove> moves = new ArrayList<>();
        for (SeriesEvaluator.Change change : result.changes()) {
            if (change.statusChanged()) {
                events.add(statusEvents.statusChange(indicator, change.now(), change.previousStatus()));
                moves.add(new ImportSummary.StatusMove(
                        change.now().period(),
                        change.previousStatus(),
                        change.now().status()));
                metrics.counter(
                                "planmon.indicator.status.changes",
                                "status",
                                change.now().status())
                        .increment();
                LOG.debugf(
                        "%s %s: %s -> %s",
                        indicator.code,
                        change.now().period(),
                        change.previousStatus(),
                        change.now().status());
            }
        }
        announcements.add(() -> projections.afterEvaluation(
                indicator, StoredTarget.outlook(indicator, target, series, latestStatus), now));
        return new ImportSummary.Evaluated(
                indicator.code, from, result.evaluated(), result.latestPeriod(), latestStatus, moves);
    }

    /** One JDBC batch into the outbox, counted with the import's own statements. */
    private void publish(List<Outbox.Pending> events) {
        if (!events.isEmpty()) {
            outbox.publishAll(events);
            jdbc.counted();
        }
    }

    static String earlier(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
