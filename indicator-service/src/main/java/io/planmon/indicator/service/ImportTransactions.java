package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.service.RowCheck.Checked;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
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

    public ImportTransactions(
            IndicatorBatch batch,
            ImportOrder order,
            IndicatorLocks locks,
            MeterRegistry metrics,
            @ConfigProperty(name = "planmon.import.one-transaction-rows", defaultValue = "1000")
                    int oneTransactionRows) {
        this.batch = batch;
        this.order = order;
        this.locks = locks;
        this.metrics = metrics;
        this.oneTransactionRows = oneTransactionRows;
    }

    /**
     * Stores the accepted rows. A batch of several indicators and at most {@code planmon.import.one-transaction-rows}
     * rows is applied in one transaction, as far as its indicators are free: one commit, one relay round and one
     * outbox flush instead of one per indicator. The groups of indicators another transaction holds (a concurrent
     * batch of the same indicators) are left out of it, without waiting, and applied after it one transaction per
     * indicator, each waiting for its indicator. When the batch's transaction fails (a database error), nothing of it
     * is kept and every group is applied that way, so that one indicator's failure rejects only its own rows. A single
     * indicator, and a larger batch, which would hold its locks too long, go one transaction per indicator at once.
     */
    ImportPass store(Checked checked, String by) {
        Map<String, List<AcceptedRow>> groups = ImportPass.grouped(checked.accepted());
        List<String> codes = order.referencesFirst(groups);
        if (groups.size() > 1 && checked.accepted().size() <= oneTransactionRows) {
            try {
                ImportPass pass = new ImportPass(batch, metrics, by);
                List<String> busy = QuarkusTransaction.requiringNew().call(() -> freeOnes(pass, codes, groups));
                metrics.counter("planmon.import.transactions", "scope", "batch").increment();
                if (!busy.isEmpty()) {
                    // Another batch holds them: each on its own now, waiting for it as a single push would.
                    metrics.counter("planmon.import.transactions", "scope", "batch-busy")
                            .increment();
                    LOG.debugf("batch by %s: %s busy; each in its own transaction", by, busy);
                }
                return counted(eachOnItsOwn(pass, busy, groups));
            } catch (RuntimeException e) {
                metrics.counter("planmon.import.transactions", "scope", "batch-failed")
                        .increment();
                LOG.infof(
                        "batch by %s: its one transaction for %d indicators failed (%s); each indicator again in its"
                                + " own",
                        by, groups.size(), GroupFailure.describe("the batch", e));
            }
        }
        return counted(eachOnItsOwn(new ImportPass(batch, metrics, by), codes, groups));
    }

    /** Counts the rows stored, once committed: a failed batch transaction's rows, or a dry run's, are not. */
    private ImportPass counted(ImportPass pass) {
        pass.results.forEach(r -> metrics.counter(
                        "planmon.observations.recorded", "outcome", r.outcome().name())
                .increment());
        return pass;
    }

    /**
     * Applies, in the caller's transaction, the groups whose indicators are free (a failed group fails it); answers
     * the others, in {@code codes}' order.
     */
    private List<String> freeOnes(ImportPass pass, List<String> codes, Map<String, List<AcceptedRow>> groups) {
        Map<String, IndicatorLocks.ValueChange> free = locks.whicheverFree(codes);
        List<String> freeCodes = codes.stream().filter(free::containsKey).toList();
        pass.apply(freeCodes, groups, new GroupScope.Shared(free::get, true));
        return codes.stream().filter(c -> !free.containsKey(c)).toList();
    }

    private ImportPass eachOnItsOwn(ImportPass pass, List<String> codes, Map<String, List<AcceptedRow>> groups) {
        if (!codes.isEmpty()) {
            metrics.counter("planmon.import.transactions", "scope", "indicator").increment(codes.size());
            pass.apply(codes, groups, new GroupScope.OwnTransactions(locks::forValueChange));
        }
        return pass;
    }

    /** Every group in the dry run's transaction, each locking its indicator; a failed group rejects its rows. */
    ImportPass dryRun(Checked checked, String by) {
        Map<String, List<AcceptedRow>> groups = ImportPass.grouped(checked.accepted());
        return new ImportPass(batch, metrics, by)
                .apply(order.referencesFirst(groups), groups, new GroupScope.Shared(locks::forValueChange, false));
    }
}
