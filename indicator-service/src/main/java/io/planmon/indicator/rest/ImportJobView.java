package io.planmon.indicator.rest;

import io.planmon.indicator.domain.ImportJob;
import io.planmon.indicator.service.ImportSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An asynchronous import as its submitter reads it: state, progress, counts so far and one page of rejected rows. */
@Schema(name = "ImportJob")
public record ImportJobView(
        UUID id,
        @Schema(description = "QUEUED, RUNNING, DONE or FAILED") ImportJob.State state,
        @Schema(description = "true: every row is validated and evaluated, nothing is stored or published")
                boolean dryRun,
        String submittedBy,
        String department,
        String format,
        @Schema(description = "rows in the body") int rowsTotal,
        @Schema(description = "rows applied so far (imported + updated + unchanged + rejected)") int rowsDone,
        int imported,
        int updated,
        int unchanged,
        @Schema(description = "rejected rows so far; the page of them is in rejected, all of them in X-Total-Count")
                int rejectedCount,
        @Schema(description = "the page of rejected rows asked for with limit and offset, in row order")
                List<ImportSummary.Rejected> rejected,
        @Schema(description = "why the job FAILED; the rows applied before are stored") String failure,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    static ImportJobView of(ImportJob job, List<ImportSummary.Rejected> rejected) {
        return new ImportJobView(
                job.id,
                job.state,
                job.dryRun,
                job.submittedBy,
                job.submitterDepartment,
                job.format,
                job.rowsTotal,
                job.rowsDone,
                job.rowsImported,
                job.rowsUpdated,
                job.rowsUnchanged,
                job.rowsRejected,
                rejected,
                job.failure,
                job.createdAt,
                job.startedAt,
                job.finishedAt);
    }
}
