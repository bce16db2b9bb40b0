package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.planmon.indicator.service.RowCheck.Checked;
import io.planmon.indicator.service.SeriesChange.RowResult;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A batch push, set-based: every row is checked first (a bad row is rejected with its reason and never takes the
 * good ones with it; another department's indicator is a rejected row, not a 403 for the whole batch), then the rows
 * are applied indicator by indicator ({@link IndicatorBatch}), in one transaction for the batch or, when that fails,
 * in one transaction per indicator ({@link ImportTransactions}): a group that fails then (its indicator locked too
 * long by another push, a database error) becomes rejected rows of that indicator only. The single PUT is a batch of one
 * ({@link #record}). Each call commits what it stored before it returns, so an import may be sent as consecutive
 * chunks.
 */
@ApplicationScoped
public class ObservationImport {
    public static final int MAX_ROWS = 10_000;
    private static final Logger LOG = Logger.getLogger(ObservationImport.class);

    private final RowCheck check;
    private final ImportTransactions transactions;
    private final MeterRegistry metrics;
    private final UserTransaction dryRunTransaction;

    public ObservationImport(
            RowCheck check, ImportTransactions transactions, MeterRegistry metrics, UserTransaction dryRunTransaction) {
        this.check = check;
        this.transactions = transactions;
        this.metrics = metrics;
        this.dryRunTransaction = dryRunTransaction;
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
        Checked checked = check.check(rows, caller);
        ImportPass pass = dryRun
                ? rolledBack(() -> transactions.dryRun(checked, caller.name()))
                : transactions.store(checked, caller.name());
        ImportSummary summary = pass.summary(checked.refused(), dryRun);
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
    private <T> T rolledBack(Supplier<T> work) {
        try {
            dryRunTransaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot begin the dry run's transaction", e);
        }
        try {
            return work.get();
        } finally {
            try {
                dryRunTransaction.rollback();
            } catch (SystemException e) {
                LOG.error("the dry run's transaction did not roll back cleanly", e);
            }
        }
    }

    /** The single PUT: a batch of one, answering its result or the problem that refused it. */
    public RowResult record(String code, String period, BigDecimal value, String note, Caller caller) {
        Checked checked = check.check(List.of(ImportRow.read(0, code, period, value, note)), caller);
        if (!checked.refused().isEmpty()) {
            throw checked.refused().get(0).problem();
        }
        ImportPass pass = transactions.store(checked, caller.name());
        if (pass.results.isEmpty() && !pass.lockRefusals.isEmpty()) {
            throw pass.lockRefusals.get(0); // 409: who froze the period, and how to ask for a change
        }
        if (pass.results.isEmpty()) {
            if (pass.failure != null && !GroupFailure.isTransient(pass.failure)) {
                throw pass.failure; // a bug: a 500 with a reference, not a "try again"
            }
            ImportSummary.Rejected failed = pass.rejected.get(0);
            throw new ProblemException(
                    503,
                    "busy",
                    "Not stored, try again",
                    failed.message(),
                    List.of(new FieldError(failed.field(), failed.message())));
        }
        return pass.results.get(0);
    }
}
