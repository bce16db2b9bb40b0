package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
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
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
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
    private final PeriodLocks periodLocks;
    private final IndicatorRepository indicators;

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
            Jdbc jdbc,
            PeriodLocks periodLocks,
            IndicatorRepository indicators) {
        this.indicators = indicators;
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
        this.periodLocks = periodLocks;
    }

    /**
     * What a group did.
     *
     * @param changed the periods whose value changed, in order (empty when none did)
     * @param dependents the indicators that use this one as their reference
     * @param locked the rows refused because their period is submitted or approved, with the 409 each gets
     */
    record Done(
            List<RowResult> rows,
            NavigableSet<String> changed,
            List<String> dependents,
            List<ImportSummary.Evaluated> evaluated,
            List<PeriodLocks.Locked> locked) {}

    /**
     * @param lockedForChange the indicator and its dependents, locked in this transaction ({@link IndicatorLocks})
     * @param referenceChanged the periods of this indicator's reference changed earlier in the batch (often empty)
     * @param deferred dependents evaluated later in the batch (they have rows of their own): not evaluated here
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Done apply(
            IndicatorLocks.ValueChange lockedForChange,
            List<AcceptedRow> rows,
            NavigableSet<String> referenceChanged,
            Set<String> deferred,
            String by) {
        Indicator indicator = lockedForChange.indicator();
        String code = indicator.code;
        List<Indicator> dependents = lockedForChange.dependents();
        // Under the indicator's lock, which a submission takes too: a period frozen meanwhile is seen here.
        List<PeriodLocks.Locked> locked = new ArrayList<>();
        rows = periodLocks.open(indicator, rows, locked);
        if (rows.isEmpty()) {
            return new Done(
                    List.of(),
                    new TreeSet<>(),
                    dependents.stream().map(d -> d.code).toList(),
                    List.of(),
                    locked);
        }
        Instant now = clock.instant();
        Applied applied = SeriesChange.apply(observations.current(code), rows, by, now);
        observations.write(code, applied.latest(), applied.revisions(), by, now);
        List<Outbox.Pending> events = new ArrayList<>();
        for (RowResult r : applied.rows()) {
            if (r.outcome() != Outcome.UNCHANGED) {
                events.add(observationEvents.recorded(
                        indicator, r.period(), r.value(), r.revision(), r.previousValue(), by, r.note(), now));
            }
        }
        List<Runnable> announcements = new ArrayList<>();
        List<ImportSummary.Evaluated> evaluated = new ArrayList<>();
        NavigableSet<String> changed = applied.latest().navigableKeySet();
        String from = earlier(applied.earliest(), referenceChanged.isEmpty() ? null : referenceChanged.first());
        if (from != null) {
            evaluated.add(evaluate(
                    indicator, applied.values(), null, from, changed, referenceChanged, now, events, announcements));
        }
        if (applied.earliest() != null) {
            for (Indicator dependent : dependents) {
                if (!deferred.contains(dependent.code)) {
                    evaluated.add(evaluate(
                            dependent,
                            null,
                            applied.values(),
                            applied.earliest(),
                            Set.of(),
                            changed,
                            now,
                            events,
                            announcements));
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
                applied.rows(), changed, dependents.stream().map(d -> d.code).toList(), evaluated, locked);
    }

    /** Evaluates the periods a reference's change touches, alone: a dependent whose own group of the batch failed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportSummary.Evaluated reevaluate(String code, NavigableSet<String> referenceChanged) {
        Indicator indicator = indicators.findById(code);
        locks.forOwnChange(indicator);
        return alone(indicator, referenceChanged.first(), Set.of(), referenceChanged);
    }

    /** Evaluates every period after the target changed; the caller holds the indicator's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportSummary.Evaluated all(Indicator indicator) {
        return alone(indicator, "", null, Set.of());
    }

    private ImportSummary.Evaluated alone(
            Indicator indicator, String from, Set<String> changed, Set<String> referenceChanged) {
        List<Outbox.Pending> events = new ArrayList<>();
        List<Runnable> announcements = new ArrayList<>();
        ImportSummary.Evaluated evaluated = evaluate(
                indicator, null, null, from, changed, referenceChanged, clock.instant(), events, announcements);
        publish(events);
        announcements.forEach(Runnable::run);
        return evaluated;
    }

    /**
     * @param values the indicator's series when already in memory, else null (read)
     * @param referenceValues the reference's series when already in memory, else null (read)
     * @param changed the indicator's periods whose value changed; null: evaluate every period from {@code from} on
     * @param referenceChanged its reference's periods whose value changed
     */
    private ImportSummary.Evaluated evaluate(
            Indicator indicator,
            NavigableMap<String, BigDecimal> values,
            NavigableMap<String, BigDecimal> referenceValues,
            String from,
            Set<String> changed,
            Set<String> referenceChanged,
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
        List<String> periods = SeriesEvaluator.toEvaluate(target, own, from, changed, referenceChanged);
        // Every period from the change on (a path, a peak, a new target): all their stored evaluations in one read;
        // otherwise only those of the periods whose inputs changed, and the latest stored one after writing.
        boolean everyPeriod = periods.size() == own.tailMap(from, true).size();
        SeriesEvaluator.Result result = SeriesEvaluator.evaluate(
                target,
                indicator.polarityValue(),
                StoredTarget.bandsOf(indicator),
                own,
                series,
                reference,
                everyPeriod ? evaluations.from(indicator.code, from) : evaluations.of(indicator.code, periods),
                periods);
        evaluations.write(indicator.code, result.changes(), now);
        EvaluationStore.Latest latest = everyPeriod && result.latestPeriod() != null
                ? new EvaluationStore.Latest(result.latestPeriod(), result.latestStatus())
                : evaluations.latest(indicator.code).orElse(new EvaluationStore.Latest(null, null));
        String latestStatus = latest.status();
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
                indicator.code, from, result.evaluated(), latest.period(), latestStatus, moves);
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
