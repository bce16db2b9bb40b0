package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Observation;
import io.planmon.kit.problem.Problem.FieldError;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A batch push: each row is stored in its own transaction through {@link ObservationService}, so that a bad row is
 * rejected with its reason and never takes the good ones with it. Another department's indicator is a rejected row,
 * not a 403 for the whole batch: a statistics bureau's export may well hold rows it does not own.
 */
@ApplicationScoped
public class ObservationImport {
    public static final int MAX_ROWS = 10_000;
    private static final Logger LOG = Logger.getLogger(ObservationImport.class);

    private final ObservationService observations;
    private final MeterRegistry metrics;

    public ObservationImport(ObservationService observations, MeterRegistry metrics) {
        this.observations = observations;
        this.metrics = metrics;
    }

    public ImportSummary run(List<ImportRow> rows, Caller caller) {
        return run(rows, caller, false);
    }

    /**
     * Stores the rows, or with {@code dryRun} only tells what storing them would do. Safe to call with consecutive
     * chunks of one large import: each call commits what it stored before it returns.
     */
    public ImportSummary run(List<ImportRow> rows, Caller caller, boolean dryRun) {
        if (!dryRun) {
            return store(rows, caller);
        }
        // Interim dry run: the same work in one transaction that is rolled back.
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportSummary summary = store(rows, caller);
            QuarkusTransaction.setRollbackOnly();
            return summary;
        });
    }

    private ImportSummary store(List<ImportRow> rows, Caller caller) {
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportSummary.Rejected> rejected = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.problem() != null) {
                rejected.add(rejectedRow(row, row.field(), row.problem()));
                continue;
            }
            try {
                Observation.Outcome outcome = observations
                        .record(row.indicator(), row.period(), row.value(), row.note(), caller)
                        .outcome();
                switch (outcome) {
                    case CREATED -> imported++;
                    case REVISED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (ProblemException e) {
                rejected.add(rejectedRow(row, field(e), e.getMessage()));
            }
        }
        metrics.counter("planmon.import.rows", "outcome", "stored").increment(imported + updated + unchanged);
        metrics.counter("planmon.import.rows", "outcome", "rejected").increment(rejected.size());
        LOG.infof(
                "batch by %s: %d imported, %d updated, %d unchanged, %d rejected",
                caller.name(), imported, updated, unchanged, rejected.size());
        return new ImportSummary(imported, updated, unchanged, rejected);
    }

    private static ImportSummary.Rejected rejectedRow(ImportRow row, String field, String message) {
        return new ImportSummary.Rejected(row.index(), row.indicator(), row.period(), field, message);
    }

    /** The field a refusal names; a 404 is about the indicator, a 403 about whose indicator it is. */
    private static String field(ProblemException e) {
        List<FieldError> errors = e.toProblem(null).errors();
        return errors.isEmpty() ? "indicator" : errors.get(0).field();
    }
}
