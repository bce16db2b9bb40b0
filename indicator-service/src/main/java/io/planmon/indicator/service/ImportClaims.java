package io.planmon.indicator.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which worker runs which import job. A worker claims the oldest QUEUED job, or a RUNNING one whose lease has run out
 * (its worker died), with {@code FOR UPDATE SKIP LOCKED}: two instances never take the same job. The lease is renewed
 * with every chunk and, while a chunk is applied, every third of its length; a job taken up more than {@code planmon.imports.max-claims} times is FAILED instead of being tried
 * for ever.
 */
@ApplicationScoped
public class ImportClaims {
    private static final Logger LOG = Logger.getLogger(ImportClaims.class);
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "import-lease-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private final EntityManager em;
    private final ImportSpool spool;
    private final ImportJobMetrics metrics;
    private final int leaseSeconds;
    private final int maxClaims;

    public ImportClaims(
            EntityManager em,
            ImportSpool spool,
            ImportJobMetrics metrics,
            @ConfigProperty(name = "planmon.imports.lease-seconds", defaultValue = "30") int leaseSeconds,
            @ConfigProperty(name = "planmon.imports.max-claims", defaultValue = "5") int maxClaims) {
        this.em = em;
        this.spool = spool;
        this.metrics = metrics;
        this.leaseSeconds = leaseSeconds;
        this.maxClaims = maxClaims;
    }

    int leaseSeconds() {
        return leaseSeconds;
    }

    /** Claims the next job for {@code worker}; empty when there is none to run. */
    Optional<UUID> claimNext(String worker) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = em.createNativeQuery("select id, claims, next_chunk from import_job"
                            + " where state = 'QUEUED' or (state = 'RUNNING' and lease_until < now())"
                            + " order by created_at limit 1 for update skip locked")
                    .getResultList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = (Object[]) found.get(0);
            UUID id = (UUID) row[0];
            int claims = ((Number) row[1]).intValue();
            int nextChunk = ((Number) row[2]).intValue();
            if (claims >= maxClaims) {
                failLocked(
                        id,
                        "the service stopped " + claims + " times while running this job; the chunks before chunk "
                                + nextChunk + " are stored, the rest is not");
                return Optional.empty(); // nothing to run now; the next poll looks for another job
            }
            em.createNativeQuery("update import_job set state = 'RUNNING', claims = claims + 1, claimed_by = ?1,"
                            + " lease_until = now() + ?2 * interval '1 second',"
                            + " started_at = coalesce(started_at, now()) where id = ?3")
                    .setParameter(1, worker)
                    .setParameter(2, leaseSeconds)
                    .setParameter(3, id)
                    .executeUpdate();
            if (claims > 0) {
                LOG.warnf("import job %s resumed by %s at chunk %d (its worker stopped)", id, worker, nextChunk);
            }
            return Optional.of(id);
        });
    }

    /** How many jobs wait for a worker. */
    long queued() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from import_job where state = 'QUEUED'")
                                .getSingleResult())
                        .longValue());
    }

    /** Gives a job back at shutdown: still RUNNING, claimable at once, and this claim does not count as a failure. */
    /** Renews the job's lease in the background, every third of its length, until closed. */
    Heartbeat keepLeased(UUID id, String worker) {
        long period = Math.max(1, leaseSeconds / 3);
        ScheduledFuture<?> beat =
                HEARTBEATS.scheduleAtFixedRate(() -> renew(id, worker), period, period, TimeUnit.SECONDS);
        return () -> beat.cancel(false);
    }

    private void renew(UUID id, String worker) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("update import_job set lease_until = now() + ?1 * interval '1"
                                    + " second' where id = ?2 and claimed_by = ?3")
                            .setParameter(1, leaseSeconds)
                            .setParameter(2, id)
                            .setParameter(3, worker)
                            .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf(
                    "import job %s: the lease could not be renewed (%s); it may pass to another worker",
                    id, e.getMessage());
        }
    }

    /** A running lease renewal; closing it stops the renewals. */
    interface Heartbeat extends AutoCloseable {
        @Override
        void close();
    }

    void release(UUID id, String worker) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update import_job set claimed_by = null, lease_until = now(),"
                                + " claims = greatest(claims - 1, 0) where id = ?1 and claimed_by = ?2 and state = 'RUNNING'")
                .setParameter(1, id)
                .setParameter(2, worker)
                .executeUpdate());
    }

    /** Marks a job FAILED for good with the reason, and frees its spooled rows. */
    void fail(UUID id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> failLocked(id, reason));
    }

    private void failLocked(UUID id, String reason) {
        int changed = em.createNativeQuery("update import_job set state = 'FAILED', failure = ?1, finished_at = now(),"
                        + " claimed_by = null, lease_until = null where id = ?2 and state in ('QUEUED', 'RUNNING')")
                .setParameter(1, reason)
                .setParameter(2, id)
                .executeUpdate();
        if (changed > 0) {
            spool.dropChunks(id);
            metrics.finished("FAILED");
            LOG.errorf("import job %s FAILED: %s", id, reason);
        }
    }
}
