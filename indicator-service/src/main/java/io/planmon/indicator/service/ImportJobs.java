package io.planmon.indicator.service;

import io.planmon.indicator.domain.ImportJob;
import io.planmon.indicator.domain.ImportJobRepository;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Accepts asynchronous imports: spools the streamed rows into import_job_chunk in one transaction with the job itself,
 * so that a job is either there whole and QUEUED for {@link ImportWorker}, or (a broken upload, a body that is not
 * JSON or CSV) not there at all.
 */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final ImportSpool spool;
    private final ImportJobRepository jobs;
    private final ImportJobMetrics metrics;
    private final Clock clock;
    private final int chunkRows;
    private final int maxRows;
    private final int uploadTimeoutSeconds;

    public ImportJobs(
            ImportSpool spool,
            ImportJobMetrics metrics,
            Clock clock,
            ImportJobRepository jobs,
            @ConfigProperty(name = "planmon.imports.chunk-rows", defaultValue = "5000") int chunkRows,
            @ConfigProperty(name = "planmon.imports.max-rows", defaultValue = "5000000") int maxRows,
            @ConfigProperty(name = "planmon.imports.upload-timeout-seconds", defaultValue = "900")
                    int uploadTimeoutSeconds) {
        this.spool = spool;
        this.jobs = jobs;
        this.metrics = metrics;
        this.clock = clock;
        this.chunkRows = chunkRows;
        this.maxRows = maxRows;
        this.uploadTimeoutSeconds = uploadTimeoutSeconds;
    }

    public ImportJob submit(Submitter submitter, String format, boolean dryRun, RowSource rows) {
        long begin = System.nanoTime();
        ImportJob job = QuarkusTransaction.requiringNew()
                .timeout(uploadTimeoutSeconds)
                .call(() -> spooled(submitter, format, dryRun, rows));
        metrics.submitted();
        LOG.infof(
                "import job %s by %s (%s): %d rows in %d chunks spooled in %d ms and queued%s",
                job.id,
                submitter.name(),
                format,
                job.rowsTotal,
                job.chunksTotal,
                (System.nanoTime() - begin) / 1_000_000,
                dryRun ? ", dry run" : "");
        return job;
    }

    private ImportJob spooled(Submitter submitter, String format, boolean dryRun, RowSource rows) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.submittedBy = submitter.name();
        job.submitterDepartment = submitter.department();
        job.submitterRoles = submitter.rolesText();
        job.format = format;
        job.dryRun = dryRun;
        job.state = ImportJob.State.QUEUED;
        job.createdAt = clock.instant();
        jobs.persistAndFlush(job);
        rows.read(chunkRows, chunk -> {
            if (job.rowsTotal + chunk.size() > maxRows) {
                throw ProblemException.invalid(
                        "observations", "at most " + maxRows + " rows per import, this one has more");
            }
            spool.writeChunk(job.id, job.chunksTotal, chunk);
            job.chunksTotal++;
            job.rowsTotal += chunk.size();
        });
        return job;
    }

    /** The job if it exists and {@code caller} may read it: a job of someone else is as good as absent (404). */
    public Optional<ImportJob> readable(String id, Caller caller) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jobs.findByIdOptional(uuid)
                .filter(job -> Submitter.recorded(job.submittedBy, job.submitterDepartment, job.submitterRoles)
                        .readableBy(caller));
    }
}
