package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.planmon.indicator.service.IndicatorBatch.Done;
import io.planmon.indicator.service.RowCheck.Checked;
import io.planmon.indicator.service.RowCheck.Refused;
import io.planmon.indicator.service.SeriesChange.RowResult;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
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
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A batch push, set-based: every row is checked first (a bad row is rejected with its reason and never takes the
 * good ones with it; another department's indicator is a rejected row, not a 403 for the whole batch), then the rows
 * of each indicator are applied in one transaction of their own ({@link IndicatorBatch}). A group that fails (its
 * indicator locked too long by another push, a database error) becomes rejected rows of that indicator only. The
 * single PUT is a batch of one ({@link #record}). Each call commits what it stored before it returns, so an import
 * may be sent as consecutive chunks.
 */
@ApplicationScoped
public class ObservationImport {
    public static final int MAX_ROWS = 10_000;
    private static final Logger LOG = Logger.getLogger(ObservationImport.class);

    private final RowCheck check;
    private final IndicatorBatch batch;
    private final ImportOrder order;
    private final MeterRegistry metrics;
    private final UserTransaction transactions;

    public ObservationImport(
            RowCheck check,
            IndicatorBatch batch,
            ImportOrder order,
            MeterRegistry metrics,
            UserTransaction transactions) {
        this.transactions = transactions;
        this.check = check;
        this.batch = batch;
        this.order = order;
        this.metrics = metrics;
    }

    public ImportSummary run(List<ImportRow> rows, Caller caller) {
        return run(rows, caller, false);
    }

    /**
     * Stores the rows, or with {@code dryRun} works out everything storing them would do (values, revisions,
     * evaluations, events) in one transaction that is rolled back: nothing is stored and nothing published.
     */
    public ImportSummary run(List<ImportRow> rows, Caller caller, boolean dryRun) {
        Timer.Sample sample = Timer.start(metrics);
        Run run = new Run(check.check(rows, caller), caller.name(), dryRun);
        if (dryRun) {
            rolledBack(run::groups);
        } else {
            run.groups();
        }
        ImportSummary summary = run.summary();
        sample.stop(metrics.timer("planmon.import.duration", "dryRun", Boolean.toString(dryRun)));
        if (!dryRun) {
            int stored = summary.imported() + summary.updated() + summary.unchanged();
            metrics.counter("planmon.import.rows", "outcome", "stored").increment(stored);
            metrics.counter("planmon.import.rows", "outcome", "rejected")
                    .increment(summary.rejected().size());
        }
        LOG.infof(
                "batch by %s%s: %d imported, %d updated, %d unchanged, %d rejected, %d indicators evaluated",
                caller.name(),
                dryRun ? " (dry run, nothing stored)" : "",
                summary.imported(),
                summary.updated(),
                summary.unchanged(),
                summary.rejected().size(),
                summary.evaluations().size());
        return summary;
    }

    /** Runs {@code work} in a transaction of its own that is always rolled back: the dry run's. */
    private void rolledBack(Runnable work) {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot begin the dry run's transaction", e);
        }
        try {
            work.run();
        } finally {
            try {
                transactions.rollback();
            } catch (SystemException e) {
                LOG.error("the dry run's transaction did not roll back cleanly", e);
            }
        }
    }

    /** The single PUT: a batch of one, answering its result or the problem that refused it. */
    public RowResult record(String code, String period, BigDecimal value, String note, Caller caller) {
        Run run = new Run(
                check.check(List.of(ImportRow.read(0, code, period, value, note)), caller), caller.name(), false);
        if (!run.checked.refused().isEmpty()) {
            throw run.checked.refused().get(0).problem();
        }
        run.groups();
        if (run.results.isEmpty() && !run.lockRefusals.isEmpty()) {
            throw run.lockRefusals.get(0); // 409: who froze the period, and how to ask for a change
        }
        if (run.results.isEmpty()) {
            if (run.failure != null && !GroupFailure.isTransient(run.failure)) {
                throw run.failure; // a bug: a 500 with a reference, not a "try again"
            }
            ImportSummary.Rejected failed = run.rejected.get(0);
            throw new ProblemException(
                    503,
                    "busy",
                    "Not stored, try again",
                    failed.message(),
                    List.of(new FieldError(failed.field(), failed.message())));
        }
        return run.results.get(0);
    }

    /** The state of one call: the groups in order, what they did, and the dependents still to evaluate. */
    private final class Run {
        final Checked checked;
        final String by;
        /** The last group's failure, if one failed. */
        RuntimeException failure;

        final boolean dryRun;
        final List<RowResult> results = new ArrayList<>();
        final List<ImportSummary.Rejected> rejected = new ArrayList<>();
        final List<ImportSummary.Evaluated> evaluated = new ArrayList<>();
        /** The 409s of rows for a submitted or approved period, as the single PUT answers them. */
        final List<ProblemException> lockRefusals = new ArrayList<>();
        /** Dependents with rows of their own later in the batch, and the periods of their reference changed. */
        final Map<String, NavigableSet<String>> pending = new HashMap<>();

        Run(Checked checked, String by, boolean dryRun) {
            this.checked = checked;
            this.by = by;
            this.dryRun = dryRun;
            for (Refused r : checked.refused()) {
                rejected.add(new ImportSummary.Rejected(
                        r.row().index(), r.row().indicator(), r.row().period(), r.field(), r.message()));
            }
        }

        /** A group's own transaction; in a dry run, the one transaction of the call, rolled back at its end. */
        <T> T tx(Supplier<T> work) {
            return dryRun ? work.get() : QuarkusTransaction.requiringNew().call(work::get);
        }

        void groups() {
            Map<String, List<AcceptedRow>> groups = new LinkedHashMap<>();
            checked.accepted().forEach(r -> groups.computeIfAbsent(r.code(), c -> new ArrayList<>())
                    .add(r));
            List<String> codes = order.referencesFirst(groups);
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                List<AcceptedRow> rows = groups.get(code);
                Set<String> later = new LinkedHashSet<>(codes.subList(i + 1, codes.size()));
                NavigableSet<String> referenceChanged = pending.getOrDefault(code, new TreeSet<>());
                try {
                    Done done = tx(() -> batch.apply(code, rows, referenceChanged, later, by));
                    pending.remove(code);
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
                    done.dependents().stream().filter(later::contains).forEach(d -> pending.computeIfAbsent(
                                    d, x -> new TreeSet<>())
                            .addAll(done.changed()));
                } catch (RuntimeException e) {
                    failure = e;
                    String message = GroupFailure.describe(code, e);
                    metrics.counter("planmon.import.groups.failed").increment();
                    rows.forEach(r -> rejected.add(new ImportSummary.Rejected(
                            r.index(), code, r.period().toString(), "indicator", message)));
                }
            }
            // A dependent whose own group failed still owes the evaluation its reference's change asked for.
            pending.forEach((code, periods) -> {
                if (periods.isEmpty()) {
                    return;
                }
                try {
                    evaluated.add(tx(() -> batch.reevaluate(code, periods)));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "%s not re-evaluated from %s after its reference changed", code, periods.first());
                    metrics.counter("planmon.import.dependents.failed").increment();
                }
            });
            pending.clear();
        }

        ImportSummary summary() {
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
            rejected.sort(Comparator.comparingInt(ImportSummary.Rejected::index));
            return new ImportSummary(
                    imported, updated, unchanged, List.copyOf(rejected), dryRun, List.copyOf(evaluated));
        }
    }
}
