package io.planmon.indicator.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies the next chunk of a claimed import job through {@link ObservationImport} and records the job's progress
 * (counts, rejected rows, next chunk). ObservationImport commits its own transactions (one per indicator group), so a
 * chunk cannot commit in one transaction with its progress; instead the chunk is first marked in flight (committed),
 * then applied, then its progress recorded. A worker that dies in between leaves the mark: the job resumes at that
 * chunk, and the rows the interrupted attempt had already stored are counted, not stored again
 * ({@link InterruptedChunk}). So a resumed job starts at the first chunk whose progress did not commit, and no row is
 * lost, stored twice or counted twice. Recording the progress is also the fence: it only matches while this worker
 * still holds the claim at that chunk.
 */
@ApplicationScoped
public class ImportChunkRunner {
    private static final Logger LOG = Logger.getLogger(ImportChunkRunner.class);

    /** What became of one step of a job. */
    enum Step {
        APPLIED,
        FINISHED,
        /** The job is no longer this worker's (another took it over, or it was failed). */
        LOST
    }

    private record Plan(int seq, boolean dryRun, Submitter submitter, Instant resumedSince) {}

    private final EntityManager em;
    private final ImportSpool spool;
    private final ObservationImport importer;
    private final InterruptedChunk interrupted;
    private final ImportJobMetrics metrics;
    private final ImportClaims claims;
    private final Clock clock;

    public ImportChunkRunner(
            EntityManager em,
            ImportSpool spool,
            ObservationImport importer,
            InterruptedChunk interrupted,
            ImportJobMetrics metrics,
            ImportClaims claims,
            Clock clock) {
        this.em = em;
        this.spool = spool;
        this.importer = importer;
        this.interrupted = interrupted;
        this.metrics = metrics;
        this.claims = claims;
        this.clock = clock;
    }

    /** Applies the next chunk of the job, or finishes the job when every chunk is applied. */
    Step next(UUID id, String worker) {
        long begin = System.nanoTime();
        Object planned = QuarkusTransaction.requiringNew().call(() -> plan(id, worker));
        if (planned instanceof Step step) {
            return step;
        }
        Plan plan = (Plan) planned;
        List<ImportRow> rows = spool.readChunk(id, plan.seq())
                .orElseThrow(() ->
                        new IllegalStateException("chunk " + plan.seq() + " of import job " + id + " is missing"));
        InterruptedChunk.Split split = plan.resumedSince() == null || plan.dryRun()
                ? new InterruptedChunk.Split(rows, 0, 0)
                : QuarkusTransaction.requiringNew()
                        .call(() -> interrupted.split(rows, plan.submitter().name(), plan.resumedSince()));
        // Outside our transactions: ObservationImport commits (or, in a dry run, rolls back) its own. Meanwhile the
        // lease is renewed every third of its length, so a chunk that runs longer than the lease (groups waiting for
        // locks) is never taken over and applied a second time by another instance's worker.
        ImportSummary applied;
        try (ImportClaims.Heartbeat renewing = claims.keepLeased(id, worker)) {
            applied = importer.run(split.toApply(), plan.submitter().asCaller(), plan.dryRun());
        }
        ImportSummary summary = new ImportSummary(
                applied.imported() + split.imported(),
                applied.updated() + split.updated(),
                applied.unchanged(),
                applied.rejected());
        Step step = QuarkusTransaction.requiringNew().call(() -> record(id, worker, plan.seq(), rows.size(), summary));
        if (step == Step.APPLIED) {
            metrics.chunk(summary, Duration.ofNanos(System.nanoTime() - begin));
        } else {
            LOG.warnf(
                    "import job %s: lost the claim while applying chunk %d; its new worker counts it", id, plan.seq());
        }
        return step;
    }

    /** Locks the job, and either finishes it or marks its next chunk in flight (keeping the mark of a resumed one). */
    private Object plan(UUID id, String worker) {
        Object[] job = lockedJob(id, worker, null);
        if (job == null) {
            return Step.LOST;
        }
        int seq = ((Number) job[0]).intValue();
        if (seq >= ((Number) job[1]).intValue()) {
            finish(id);
            return Step.FINISHED;
        }
        boolean dryRun = (Boolean) job[2];
        Submitter submitter = Submitter.recorded((String) job[3], (String) job[4], (String) job[5]);
        Integer inflight = job[6] == null ? null : ((Number) job[6]).intValue();
        if (inflight != null && inflight == seq && job[7] != null) {
            Instant since = instant(job[7]);
            LOG.warnf("import job %s: chunk %d was interrupted (begun %s); resuming it", id, seq, since);
            em.createNativeQuery("update import_job set lease_until = now() + ?1 * interval '1 second' where id = ?2")
                    .setParameter(1, claims.leaseSeconds())
                    .setParameter(2, id)
                    .executeUpdate();
            return new Plan(seq, dryRun, submitter, since);
        }
        // The lease is renewed here too, so that it covers the whole chunk, applied outside this transaction.
        em.createNativeQuery("update import_job set inflight_chunk = ?1, inflight_started_at = ?2,"
                        + " lease_until = now() + ?3 * interval '1 second' where id = ?4")
                .setParameter(1, seq)
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, claims.leaseSeconds())
                .setParameter(4, id)
                .executeUpdate();
        return new Plan(seq, dryRun, submitter, null);
    }

    /** Records a chunk's progress, if this worker still holds the job at that chunk. */
    private Step record(UUID id, String worker, int seq, int rows, ImportSummary summary) {
        if (lockedJob(id, worker, seq) == null) {
            return Step.LOST;
        }
        spool.writeRejected(id, summary.rejected());
        em.createNativeQuery("update import_job set rows_done = rows_done + ?1, rows_imported = rows_imported + ?2,"
                        + " rows_updated = rows_updated + ?3, rows_unchanged = rows_unchanged + ?4,"
                        + " rows_rejected = rows_rejected + ?5, next_chunk = next_chunk + 1, inflight_chunk = null,"
                        + " inflight_started_at = null, lease_until = now() + ?6 * interval '1 second' where id = ?7")
                .setParameter(1, rows)
                .setParameter(2, summary.imported())
                .setParameter(3, summary.updated())
                .setParameter(4, summary.unchanged())
                .setParameter(5, summary.rejected().size())
                .setParameter(6, claims.leaseSeconds())
                .setParameter(7, id)
                .executeUpdate();
        return Step.APPLIED;
    }

    /** The job's row, locked, if this worker still holds it (and it is still at {@code seq}, when given). */
    private Object[] lockedJob(UUID id, String worker, Integer seq) {
        List<?> locked = em.createNativeQuery("select next_chunk, chunks_total, dry_run, submitted_by,"
                        + " submitter_department, submitter_roles, inflight_chunk, inflight_started_at"
                        + " from import_job where id = ?1 and state = 'RUNNING' and claimed_by = ?2 for update")
                .setParameter(1, id)
                .setParameter(2, worker)
                .getResultList();
        if (locked.isEmpty()) {
            return null;
        }
        Object[] job = (Object[]) locked.get(0);
        return seq == null || ((Number) job[0]).intValue() == seq ? job : null;
    }

    /** A timestamp column as a native query returns it (the JDBC type depends on the Hibernate version). */
    private static Instant instant(Object column) {
        if (column instanceof Timestamp t) {
            return t.toInstant();
        }
        if (column instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) column;
    }

    private void finish(UUID id) {
        em.createNativeQuery("update import_job set state = 'DONE', finished_at = now(), claimed_by = null,"
                        + " lease_until = null, inflight_chunk = null, inflight_started_at = null where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        spool.dropChunks(id);
        metrics.finished("DONE");
        LOG.infof("import job %s DONE", id);
    }
}
