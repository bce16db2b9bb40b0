package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.service.RowCheck.Checked;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Chooses the transactions a batch's indicator groups run in: the batch's one, or one each. */
@ApplicationScoped
public class ImportTransactions {
    private static final Logger LOG = Logger.getLogger(ImportTransactions.class);

    private final IndicatorBatch batch;
    private final ImportOrder order;
    private final IndicatorLocks locks;
    private final MeterRegistry metrics;
    private final int oneTransactionRows;
    private final Duration oneTransactionLockWait;

    public ImportTransactions(
            IndicatorBatch batch,
            ImportOrder order,
            IndicatorLocks locks,
            MeterRegistry metrics,
            @ConfigProperty(name = "planmon.import.one-transaction-rows", defaultValue = "1000") int oneTransactionRows,
            @ConfigProperty(name = "planmon.import.one-transaction-lock-wait", defaultValue = "20ms")
                    Duration oneTransactionLockWait) {
        this.batch = batch;
        this.order = order;
        this.locks = locks;
        this.metrics = metrics;
        this.oneTransactionRows = oneTransactionRows;
        this.oneTransactionLockWait = oneTransactionLockWait;
    }

    /**
     * Stores the accepted rows. A batch of several indicators and at most {@code planmon.import.one-transaction-rows}
     * rows is applied in one transaction: one commit, one relay round and one outbox flush instead of one per
     * indicator. It waits at most {@code planmon.import.one-transaction-lock-wait} for its indicators: holding them
     * all until its end, it would otherwise queue every other batch of the same indicators behind it. When that
     * transaction fails (an indicator busy, a database error), nothing of it is kept and the batch is applied again
     * with each indicator in a transaction of its own, so that one indicator's failure rejects only its rows. A single indicator, and a larger batch, which would hold its locks too long, go that way
     * at once.
     */
    ImportPass store(Checked checked, String by) {
        Map<String, List<AcceptedRow>> groups = ImportPass.grouped(checked.accepted());
        if (groups.size() > 1 && checked.accepted().size() <= oneTransactionRows) {
            try {
                ImportPass pass = QuarkusTransaction.requiringNew().call(() -> inOneTransaction(groups, by));
                metrics.counter("planmon.import.transactions", "scope", "batch").increment();
                return pass;
            } catch (RuntimeException e) {
                if (GroupFailure.isLockTimeout(e)) {
                    // Another batch holds one of its indicators: group by group, the two interleave.
                    metrics.counter("planmon.import.transactions", "scope", "batch-busy")
                            .increment();
                    LOG.debugf("batch by %s: an indicator is busy; each indicator in its own transaction", by);
                } else {
                    metrics.counter("planmon.import.transactions", "scope", "batch-failed")
                            .increment();
                    LOG.infof(
                            "batch by %s: its one transaction for %d indicators failed (%s); each indicator again"
                                    + " in its own",
                            by, groups.size(), GroupFailure.describe("the batch", e));
                }
            }
        }
        metrics.counter("planmon.import.transactions", "scope", "indicator").increment(groups.size());
        return new ImportPass(batch, metrics, by)
                .apply(order.referencesFirst(groups), groups, new GroupScope.OwnTransactions(locks::forValueChange));
    }

    /** Every group in the caller's transaction, all their indicators locked first; a failed group fails it. */
    private ImportPass inOneTransaction(Map<String, List<AcceptedRow>> groups, String by) {
        List<String> codes = order.referencesFirst(groups);
        Map<String, IndicatorLocks.ValueChange> locked = locks.forValueChanges(codes, oneTransactionLockWait);
        return new ImportPass(batch, metrics, by).apply(codes, groups, new GroupScope.Shared(locked::get, true));
    }

    /** Every group in the dry run's transaction, each locking its indicator; a failed group rejects its rows. */
    ImportPass dryRun(Checked checked, String by) {
        Map<String, List<AcceptedRow>> groups = ImportPass.grouped(checked.accepted());
        return new ImportPass(batch, metrics, by)
                .apply(order.referencesFirst(groups), groups, new GroupScope.Shared(locks::forValueChange, false));
    }
}
