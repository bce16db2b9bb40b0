package io.planmon.indicator.service;

import io.planmon.indicator.domain.Observation.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a group of rows does to one indicator's stored values, worked out in memory before anything is written: each
 * row in index order is UNCHANGED (same value as the current one), or the next revision of its period, as if the rows
 * were pushed one by one. Two rows of one period in a batch give two revisions.
 */
public final class SeriesChange {
    private SeriesChange() {}

    /** A period's current value as stored, with what the single PUT answers for an unchanged value. */
    record Current(BigDecimal value, int revision, String note, String recordedBy, Instant recordedAt) {}

    /** One revision to insert. */
    record Revision(String period, int revision, BigDecimal value, BigDecimal previousValue, String note) {}

    /** What one row did, as the single PUT answers it and observation.recorded announces it. */
    public record RowResult(
            int index,
            String indicator,
            String period,
            BigDecimal value,
            int revision,
            String note,
            String recordedBy,
            Instant recordedAt,
            Outcome outcome,
            BigDecimal previousValue) {}

    /**
     * @param rows the rows' results, in index order
     * @param latest the final current value of each period that changed, in period order (one upsert row each)
     * @param revisions every new revision, in order
     * @param values the series after the change: every period's current (stored) value, in period order
     * @param earliest the earliest period whose value changed; null when nothing changed
     */
    record Applied(
            List<RowResult> rows,
            NavigableMap<String, Current> latest,
            List<Revision> revisions,
            NavigableMap<String, BigDecimal> values,
            String earliest) {}

    static Applied apply(Map<String, Current> stored, List<AcceptedRow> rows, String by, Instant at) {
        Map<String, Current> current = new LinkedHashMap<>(stored);
        NavigableMap<String, Current> latest = new TreeMap<>();
        List<Revision> revisions = new ArrayList<>();
        List<RowResult> results = new ArrayList<>(rows.size());
        for (AcceptedRow row : rows) {
            String period = row.period().toString();
            Current before = current.get(period);
            if (before != null && before.value().compareTo(row.stored()) == 0) {
                results.add(new RowResult(
                        row.index(),
                        row.code(),
                        period,
                        before.value(),
                        before.revision(),
                        before.note(),
                        before.recordedBy(),
                        before.recordedAt(),
                        Outcome.UNCHANGED,
                        before.value()));
                continue;
            }
            int revision = before == null ? 1 : before.revision() + 1;
            BigDecimal previous = before == null ? null : before.value();
            Current after = new Current(row.stored(), revision, row.note(), by, at);
            current.put(period, after);
            latest.put(period, after);
            revisions.add(new Revision(period, revision, row.stored(), previous, row.note()));
            Outcome outcome = before == null ? Outcome.CREATED : Outcome.REVISED;
            results.add(new RowResult(
                    row.index(), row.code(), period, row.value(), revision, row.note(), by, at, outcome, previous));
        }
        NavigableMap<String, BigDecimal> values = new TreeMap<>();
        current.forEach((period, c) -> values.put(period, c.value()));
        return new Applied(results, latest, revisions, values, latest.isEmpty() ? null : latest.firstKey());
    }
}
