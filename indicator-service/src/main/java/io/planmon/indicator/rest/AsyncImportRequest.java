package io.planmon.indicator.rest;

import io.planmon.indicator.domain.ImportJob;
import io.planmon.indicator.service.ImportJobs;
import io.planmon.indicator.service.RowSource;
import io.planmon.indicator.service.Submitter;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The async branch of the batch push: spools the streamed body as a job and answers 202 with where to follow it. */
@RequestScoped
public class AsyncImportRequest {
    private final ImportJobs jobs;
    private final Caller caller;

    public AsyncImportRequest(ImportJobs jobs, Caller caller) {
        this.jobs = jobs;
        this.caller = caller;
    }

    Response accept(String format, boolean dryRun, RowSource rows) {
        ImportJob job = jobs.submit(Submitter.of(caller), format, dryRun, rows);
        return Response.accepted(ImportJobView.of(job, List.of()))
                // Relative, as the caller sees the API through the gateway (location() would make it absolute here).
                .header("Location", "/api/v1/imports/" + job.id)
                .build();
    }
}
