package io.planmon.indicator.service;

import io.planmon.indicator.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a chunk that an interrupted attempt already committed. {@link ObservationImport} commits in transactions
 * of its own (one per indicator group), so a worker that dies in the middle of a chunk may leave some of its groups
 * stored while the job's progress still says the chunk is to do. When the job resumes that chunk, a row whose
 * (indicator, period) got a revision with the row's value by the submitter since the interrupted attempt began is
 * counted as that attempt
 * applied it (imported if the revision was the period's first, else updated), and is not applied again: applying it
 * again would be harmless for a single row (same value, unchanged), but would add revisions where the chunk holds the
 * same period twice, and would count it unchanged.
 */
@ApplicationScoped
public class InterruptedChunk {

    private final EntityManager em;

    public InterruptedChunk(EntityManager em) {
        this.em = em;
    }

    /** What a resumed chunk still has to apply, and the counts of what it had applied already. */
    record Split(List<ImportRow> toApply, int imported, int updated) {}

    Split split(List<ImportRow> rows, String submitter, Instant since) {
        Set<String> codes = new HashSet<>();
        rows.stream().filter(r -> r.problem() == null && r.indicator() != null).forEach(r -> codes.add(r.indicator()));
        if (codes.isEmpty()) {
            return new Split(rows, 0, 0);
        }
        Map<String, Integer> firstRevision = new HashMap<>();
        Set<String> valuesRecorded = new HashSet<>();
        List<?> found = em.createNativeQuery("select o.indicator_code, o.period, r.revision, r.value"
                        + " from observation_revision r join observation o on o.id = r.observation_id"
                        + " where r.recorded_by = ?1 and r.recorded_at >= ?2 and o.indicator_code = any(?3)")
                .setParameter(1, submitter)
                .setParameter(2, Timestamp.from(since))
                .setParameter(3, codes.toArray(String[]::new))
                .getResultList();
        for (Object result : found) {
            Object[] row = (Object[]) result;
            String key = key((String) row[0], (String) row[1]);
            firstRevision.merge(key, ((Number) row[2]).intValue(), Math::min);
            valuesRecorded.add(key + "\u0000" + normal((BigDecimal) row[3]));
        }
        List<ImportRow> toApply = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        int imported = 0;
        int updated = 0;
        for (ImportRow row : rows) {
            String key = row.problem() == null ? key(row.indicator(), canonical(row.period())) : null;
            Integer first = key == null ? null : firstRevision.get(key);
            // Applied by the interrupted attempt only if a revision since then holds this very value: the same
            // submitter may have pushed the period another way meanwhile (a single PUT, another job).
            if (first == null || !valuesRecorded.contains(key + "\u0000" + normal(row.value()))) {
                toApply.add(row);
            } else if (first == 1 && counted.add(key)) {
                imported++;
            } else {
                updated++;
            }
        }
        return new Split(toApply, imported, updated);
    }

    /** A value as the observation column holds it (six decimals), in one spelling. */
    private static String normal(BigDecimal value) {
        return value == null
                ? "null"
                : value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String canonical(String period) {
        return period == null
                ? null
                : Period.parse(period).map(Period::toString).orElse(period);
    }

    private static String key(String indicator, String period) {
        return indicator + "\u0000" + period;
    }
}
