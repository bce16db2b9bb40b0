package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.service.RowCheck.Checked;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Chooses the transactions a batch's indicator groups run in: one or two for the whole batch, or one each. */
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
     * rows is applied in at most two transactions instead of one per indicator (one commit, one relay round and one
     * outbox flush each):
     *
     * <ol>
     *   <li>the groups whose indicators are free, taken without waiting: the groups of indicators another transaction
     *       holds (a concurrent batch of the same indicators) are left out, so that this one never queues behind it
     *       while holding the rest;
     *   <li>the groups left out, if more than one, all waited for at once, in code order, as one push waits for its
     *       indicator.
     * </ol>
     *
     * When one of these transactions fails (a database error, a lock not had in time), nothing of it is kept and its
     * groups are applied one transaction per indicator, so that one indicator's failure rejects only its own rows. A
     * single indicator, and a larger batch, which would hold its locks too long, go that way at once.
     */
    ImportPass store(Checked checked, String by) {
        Map<String, List<AcceptedRow>> groups = ImportPass.grouped(checked.accepted());
        List<String> codes = order.referencesFirst(groups);
        ImportPass pass = new ImportPass(batch, metrics, by);
        if (groups.size() > 1 && checked.accepted().size() <= oneTransactionRows) {
            codes = inOneTransaction(pass, codes, groups, "batch", locks::whicheverFree);
            if (!codes.isEmpty()) {
                metrics.counter("planmon.import.transactions", "scope", "batch-busy")
                        .increment();
                LOG.debugf("batch by %s: %s busy when it began", by, codes);
            }
            if (codes.size() > 1) {
                codes = inOneTransaction(pass, codes, groups, "batch-rest", locks::forValueChanges);
            }
        }
        if (!codes.isEmpty()) {
            metrics.counter("planmon.import.transactions", "scope", "indicator").increment(codes.size());
            pass.apply(codes, groups, new GroupScope.OwnTransactions(locks::forValueChange));
        }
        return counted(pass);
    }

    /**
     * Applies, in one new transaction, the groups of {@code codes} whose indicators {@code locking} locks (a failed
     * group fails it), and adds what they did to {@code pass}. Answers the groups left for later, in order: those not
     * locked, or all of them if the transaction failed.
     */
    private List<String> inOneTransaction(
            ImportPass pass,
            List<String> codes,
            Map<String, List<AcceptedRow>> groups,
            String scope,
            Function<List<String>, Map<String, IndicatorLocks.ValueChange>> locking) {
        ImportPass attempt = new ImportPass(batch, metrics, pass.by());
        try {
            List<String> left = QuarkusTransaction.requiringNew().call(() -> {
                Map<String, IndicatorLocks.ValueChange> locked = locking.apply(codes);
                attempt.apply(
                        codes.stream().filter(locked::containsKey).toList(),
                        groups,
                        new GroupScope.Shared(locked::get, true));
                return codes.stream().filter(c -> !locked.containsKey(c)).toList();
            });
            metrics.counter("planmon.import.transactions", "scope", scope).increment();
            pass.add(attempt);
            return left;
        } catch (RuntimeException e) {
            metrics.counter("planmon.import.transactions", "scope", "batch-failed")
                    .increment();
            LOG.infof(
                    "batch by %s: one transaction for %d indicators failed (%s); each of them again in its own",
                    pass.by(), codes.size(), GroupFailure.describe("the batch", e));
            return codes;
        }
    }

    /** Counts the rows stored, once committed: a failed batch transaction's rows, or a dry run's, are not. */
    private ImportPass counted(ImportPass pass) {
        pass.results.forEach(r -> metrics.counter(
                        "planmon.observations.recorded", "outcome", r.outcome().name())
                .increment());
        return pass;
    }

    /** Every group in the dry run's transaction, each locking its indicator; a failed group rejects its rows. */
    ImportPass dryRun(Checked checked, String by) {
        Map<String, List<AcceptedRow>> groups = ImportPass.grouped(checked.accepted());
        return new ImportPass(batch, metrics, by)
                .apply(order.referencesFirst(groups), groups, new GroupScope.Shared(locks::forValueChange, false));
    }
}
