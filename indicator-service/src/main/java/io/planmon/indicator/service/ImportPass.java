package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.service.IndicatorBatch.Done;
import io.planmon.indicator.service.SeriesChange.RowResult;
import io.planmon.web.problem.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * One pass of a batch over its indicator groups, references first, and what it did: the rows stored, the rows
 * rejected and why, the indicators evaluated. Where each group runs (a transaction of its own, or the batch's one) is
 * the {@link GroupScope}'s choice.
 */
final class ImportPass {
    private static final Logger LOG = Logger.getLogger(ImportPass.class);

    final List<RowResult> results = new ArrayList<>();
    final List<ImportSummary.Rejected> rejected = new ArrayList<>();
    final List<ImportSummary.Evaluated> evaluated = new ArrayList<>();
    /** The 409s of rows for a submitted or approved period, as the single PUT answers them. */
    final List<ProblemException> lockRefusals = new ArrayList<>();
    /** The last group's failure, if one failed. */
    RuntimeException failure;

    private final IndicatorBatch batch;
    private final MeterRegistry metrics;
    private final String by;

    ImportPass(IndicatorBatch batch, MeterRegistry metrics, String by) {
        this.batch = batch;
        this.metrics = metrics;
        this.by = by;
    }

    String by() {
        return by;
    }

    /** Takes in what another pass over other groups of the same call did (a transaction of the batch, committed). */
    void add(ImportPass other) {
        results.addAll(other.results);
        rejected.addAll(other.rejected);
        evaluated.addAll(other.evaluated);
        lockRefusals.addAll(other.lockRefusals);
        if (other.failure != null) {
            failure = other.failure;
        }
    }

    /** The accepted rows by indicator, in the order of their first row. */
    static Map<String, List<AcceptedRow>> grouped(List<AcceptedRow> accepted) {
        Map<String, List<AcceptedRow>> groups = new LinkedHashMap<>();
        accepted.forEach(
                r -> groups.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));
        return groups;
    }

    /** Applies the groups in {@code codes}' order; a dependent with rows of its own later is evaluated with them. */
    ImportPass apply(List<String> codes, Map<String, List<AcceptedRow>> groups, GroupScope scope) {
        Map<String, NavigableSet<String>> pending = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            List<AcceptedRow> rows = groups.get(code);
            Set<String> later = new LinkedHashSet<>(codes.subList(i + 1, codes.size()));
            NavigableSet<String> referenceChanged = pending.getOrDefault(code, new TreeSet<>());
            try {
                Done done = scope.run(() -> batch.apply(scope.lock(code), rows, referenceChanged, later, by));
                pending.remove(code);
                took(code, done);
                done.dependents().stream().filter(later::contains).forEach(d -> pending.computeIfAbsent(
                                d, x -> new TreeSet<>())
                        .addAll(done.changed()));
            } catch (RuntimeException e) {
                if (scope.failsWhole()) {
                    throw e;
                }
                failure = e;
                String message = GroupFailure.describe(code, e);
                metrics.counter("planmon.import.groups.failed").increment();
                rows.forEach(r -> rejected.add(
                        new ImportSummary.Rejected(r.index(), code, r.period().toString(), "indicator", message)));
            }
        }
        // A dependent whose own group failed still owes the evaluation its reference's change asked for.
        pending.forEach((code, periods) -> {
            if (periods.isEmpty()) {
                return;
            }
            try {
                evaluated.add(scope.run(() -> batch.reevaluate(code, periods)));
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s not re-evaluated from %s after its reference changed", code, periods.first());
                metrics.counter("planmon.import.dependents.failed").increment();
            }
        });
        return this;
    }

    private void took(String code, Done done) {
        results.addAll(done.rows());
        done.locked().forEach(l -> {
            lockRefusals.add(l.problem());
            rejected.add(new ImportSummary.Rejected(
                    l.row().index(),
                    code,
                    l.row().period().toString(),
                    "period",
                    l.problem().getMessage()));
        });
        evaluated.addAll(done.evaluated());
    }

    /** The summary of a call: this pass's outcome, with the rows the check refused. */
    ImportSummary summary(List<RowCheck.Refused> refused, boolean dryRun) {
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        for (RowResult r : results) {
            switch (r.outcome()) {
                case CREATED -> imported++;
                case REVISED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        List<ImportSummary.Rejected> all = new ArrayList<>(rejected);
        for (RowCheck.Refused r : refused) {
            all.add(new ImportSummary.Rejected(
                    r.row().index(), r.row().indicator(), r.row().period(), r.field(), r.message()));
        }
        all.sort(Comparator.comparingInt(ImportSummary.Rejected::index));
        return new ImportSummary(imported, updated, unchanged, List.copyOf(all), dryRun, List.copyOf(evaluated));
    }
}
