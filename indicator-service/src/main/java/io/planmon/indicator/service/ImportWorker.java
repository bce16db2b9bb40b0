package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.kit.observability.OutageLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs import jobs, one at a time per instance: every poll it claims jobs ({@link ImportClaims}) and applies them chunk
 * by chunk ({@link ImportChunkRunner}) until none is left. A chunk that fails is tried again; one that fails
 * {@code planmon.imports.chunk-attempts} times fails the job with the reason, the chunks before it staying stored. At
 * shutdown the current chunk is finished and the job given back, so that the next start resumes it at once.
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final String worker = "indicator-service-" + UUID.randomUUID();
    private final ImportClaims claims;
    private final ImportChunkRunner chunks;
    private final ImportJobMetrics metrics;
    private final int chunkAttempts;
    private final ReentrantLock busy = new ReentrantLock();
    private final OutageLog outage;
    private volatile boolean stopping;

    public ImportWorker(
            ImportClaims claims,
            ImportChunkRunner chunks,
            ImportJobMetrics metrics,
            @ConfigProperty(name = "planmon.imports.chunk-attempts", defaultValue = "3") int chunkAttempts,
            MeterRegistry registry) {
        this.outage = new OutageLog(ImportWorker.class, "import worker", registry);
        this.claims = claims;
        this.chunks = chunks;
        this.metrics = metrics;
        this.chunkAttempts = chunkAttempts;
    }

    @Scheduled(
            identity = "import-worker",
            every = "${planmon.imports.poll:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @ActivateRequestContext
    void poll() {
        if (stopping || !busy.tryLock()) {
            return;
        }
        try {
            metrics.queued(claims.queued());
            Optional<UUID> job;
            // Bounded by the jobs in the table: each claim either runs a job to its end or leaves it to another worker.
            while (!stopping && (job = claims.claimNext(worker)).isPresent()) {
                run(job.get());
            }
            outage.worked();
        } catch (RuntimeException e) {
            // The database is down: every poll fails until it is back, logged once per outage (not the scheduler's
            // ERROR each second); the jobs wait in their table.
            outage.failed(e);
        } finally {
            busy.unlock();
        }
    }

    private void run(UUID id) {
        metrics.started();
        try {
            ImportChunkRunner.Step step = ImportChunkRunner.Step.APPLIED;
            while (!stopping && step == ImportChunkRunner.Step.APPLIED) {
                step = withRetries(id);
            }
            if (stopping && step == ImportChunkRunner.Step.APPLIED) {
                claims.release(id, worker);
                LOG.infof("import job %s given back at shutdown; the next start resumes it", id);
            }
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.warnf("import job %s interrupted by shutdown (%s); its lease runs out and it resumes", id, e);
            } else {
                claims.fail(id, e.getMessage());
            }
        } finally {
            metrics.stopped();
        }
    }

    private ImportChunkRunner.Step withRetries(UUID id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunks.next(id, worker);
            } catch (RuntimeException e) {
                if (stopping || attempt >= chunkAttempts) {
                    throw new ChunkFailed(e, attempt);
                }
                LOG.warnf(
                        e,
                        "import job %s: a chunk failed (attempt %d of %d), trying it again",
                        id,
                        attempt,
                        chunkAttempts);
            }
        }
    }

    /** Lets the running chunk finish (its transaction commits or rolls back whole either way) before the pool closes. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            if (busy.tryLock(15, TimeUnit.SECONDS)) {
                busy.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A chunk that failed every attempt; the message is the job's failure reason. */
    static final class ChunkFailed extends RuntimeException {
        ChunkFailed(RuntimeException cause, int attempts) {
            super(
                    "a chunk failed " + attempts + " times, the last time with: " + rootMessage(cause)
                            + "; the chunks before it are stored, the rest is not",
                    cause);
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }
}
