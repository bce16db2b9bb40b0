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

/**
 * Evaluates an indicator in memory from one period on: every period with a value from {@code from} to the latest, each
 * once, against the series and the reference read once. Periods before {@code from} cannot change (no rule looks
 * forward), so the cost is O(periods from {@code from} on), not O(history). Only what differs from the stored
 * evaluation comes back, to be written.
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
     * @param latestPeriod the latest period with an evaluation from {@code from} on, null when none
     * @param latestStatus its status
     */
    record Result(List<Change> changes, int evaluated, String latestPeriod, String latestStatus) {}

    /**
     * @param values the indicator's current values, in period order
     * @param stored the stored evaluations of the periods from {@code from} on, by period
     */
    static Result evaluate(
            Target target,
            Polarity polarity,
            Bands bands,
            NavigableMap<String, BigDecimal> values,
            Series series,
            Series reference,
            Map<String, EvaluatedPeriod> stored,
            String from) {
        List<Change> changes = new ArrayList<>();
        String latestPeriod = null;
        String latestStatus = null;
        int evaluated = 0;
        for (Map.Entry<String, BigDecimal> entry : values.tailMap(from, true).entrySet()) {
            String period = entry.getKey();
            EvaluatedPeriod before = stored.get(period);
            Situation situation = new Situation(
                    Period.parse(period).orElseThrow(), entry.getValue(), series, reference, polarity, bands);
            EvaluatedPeriod now = EvaluatedPeriod.of(
                    before == null ? null : before.id(), period, entry.getValue(), target.evaluate(situation));
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
