package io.planmon.indicator.service;

import io.planmon.indicator.domain.EvaluatedPeriod;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.evaluation.Bands;
import io.planmon.indicator.domain.evaluation.Polarity;
import io.planmon.indicator.domain.evaluation.Series;
import io.planmon.indicator.domain.evaluation.Situation;
import io.planmon.indicator.domain.evaluation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates an indicator in memory from one period on, against the series and the reference read once: periods before
 * the earliest change cannot change (no rule looks forward), and of the later ones only those whose rule reads a
 * changed value, or all of them when the rule may read any. The cost is O(periods from the earliest change on) at
 * most, not O(history). Only what differs from the stored evaluation comes back, to be written.
 */
final class SeriesEvaluator {
    private SeriesEvaluator() {}

    /** One evaluation to write; {@code previousStatus} is the stored one, null for a period never evaluated. */
    record Change(EvaluatedPeriod now, String previousStatus, boolean stored) {
        boolean statusChanged() {
            return !now.status().equals(previousStatus);
        }
    }

    /**
     * @param changes the evaluations that differ from the stored ones, in period order
     * @param evaluated how many periods were evaluated
     * @param latestPeriod the latest period among those evaluated and the stored ones given, null when none
     * @param latestStatus its status
     */
    record Result(List<Change> changes, int evaluated, String latestPeriod, String latestStatus) {}

    /**
     * The periods from {@code from} on to evaluate again: each one whose rule reads a changed value, or every one when
     * the rule does not say what it reads ({@link Target#inputs}) or {@code changed} is null (a new target).
     *
     * @param changed the periods of the indicator whose value changed; null: all from {@code from} on
     * @param referenceChanged the periods of its reference whose value changed
     */
    static List<String> toEvaluate(
            Target target,
            NavigableMap<String, BigDecimal> values,
            String from,
            Set<String> changed,
            Set<String> referenceChanged) {
        List<String> periods = new ArrayList<>();
        for (String text : values.tailMap(from, true).keySet()) {
            if (changed == null || referenceChanged.contains(text)) {
                periods.add(text);
                continue;
            }
            Optional<List<Period>> inputs = target.inputs(Period.parse(text).orElseThrow());
            if (inputs.isEmpty() || inputs.get().stream().anyMatch(p -> changed.contains(p.toString()))) {
                periods.add(text);
            }
        }
        return periods;
    }

    /**
     * @param values the indicator's current values, in period order
     * @param stored the stored evaluations of (at least) {@code periods}, by period
     * @param periods the periods to evaluate, in order
     */
    static Result evaluate(
            Target target,
            Polarity polarity,
            Bands bands,
            NavigableMap<String, BigDecimal> values,
            Series series,
            Series reference,
            Map<String, EvaluatedPeriod> stored,
            List<String> periods) {
        List<Change> changes = new ArrayList<>();
        String latestPeriod = null;
        String latestStatus = null;
        int evaluated = 0;
        for (String period : periods) {
            BigDecimal value = values.get(period);
            EvaluatedPeriod before = stored.get(period);
            Situation situation =
                    new Situation(Period.parse(period).orElseThrow(), value, series, reference, polarity, bands);
            EvaluatedPeriod now =
                    EvaluatedPeriod.of(before == null ? null : before.id(), period, value, target.evaluate(situation));
            evaluated++;
            if (before == null || now.differsFrom(before)) {
                changes.add(new Change(now, before == null ? null : before.status(), before != null));
            }
            latestPeriod = period;
            latestStatus = now.status();
        }
        // A stored evaluation later than the latest value (a period overdue without a value) is the latest status.
        for (EvaluatedPeriod e : stored.values()) {
            if (latestPeriod == null || e.period().compareTo(latestPeriod) > 0) {
                latestPeriod = e.period();
                latestStatus = e.status();
            }
        }
        return new Result(changes, evaluated, latestPeriod, latestStatus);
    }
}
