package io.planmon.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.indicator.domain.ImportJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A job whose worker died in the middle of a chunk, after one indicator group of it had committed: the job is resumed
 * by another worker, which counts the committed rows instead of applying them again, and applies the rest.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class InterruptedImportTest {
    private static final Submitter STATS = new Submitter("dept-stats", "STATS", Set.of("reporter"));

    @Inject
    ObservationImport importer;

    @Inject
    ImportSpool spool;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Test
    void theResumedChunkCountsWhatTheInterruptedAttemptStoredAndStoresOnlyTheRest() {
        List<ImportRow> chunk = List.of(
                ImportRow.read(0, "TEST_ASYNC_RESUME", "1970", new BigDecimal("1"), "synthetic"),
                ImportRow.read(1, "TEST_ASYNC_RESUME", "1971", new BigDecimal("2"), "synthetic"),
                ImportRow.read(2, "TEST_ASYNC_RESUME", "1970", new BigDecimal("1.5"), "synthetic revised"),
                ImportRow.read(3, "TEST_ASYNC_RESUME_B", "1970", new BigDecimal("7"), "synthetic"),
                ImportRow.read(4, "NO_SUCH", "1970", BigDecimal.ONE, "synthetic"));
        Instant inflightSince = clock.instant();
        // The interrupted attempt: the group of TEST_ASYNC_RESUME committed, then the worker died.
        ImportSummary partial = importer.run(chunk.subList(0, 3), STATS.asCaller(), false);
        assertThat(partial.imported() + partial.updated()).isEqualTo(3);

        ImportJob done = resume(chunk, inflightSince);
        assertThat(done.state).isEqualTo(ImportJob.State.DONE);
        assertThat(done.rowsDone).isEqualTo(5);
        assertThat(done.rowsImported).isEqualTo(3);
        assertThat(done.rowsUpdated).isEqualTo(1);
        assertThat(done.rowsUnchanged).isZero();
        assertThat(done.rowsRejected).isEqualTo(1);
        assertThat(done.claims).isEqualTo(2);

        // Applied again, 1970 would have two more revisions (1 -> 1.5 -> 1 -> 1.5); it has the two of the file.
        assertThat(revisions("TEST_ASYNC_RESUME", "1970")).containsExactly(1, 2);
        assertThat(revisions("TEST_ASYNC_RESUME", "1971")).containsExactly(1);
        assertThat(revisions("TEST_ASYNC_RESUME_B", "1970")).containsExactly(1);
    }

    /** A job whose worker died while applying its only chunk since {@code inflightSince}, left to be resumed. */
    private ImportJob resume(List<ImportRow> chunk, Instant inflightSince) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into import_job (id, submitted_by, submitter_department, submitter_roles,"
                            + " format, dry_run, state, rows_total, chunks_total, next_chunk, claims, claimed_by,"
                            + " lease_until, inflight_chunk, inflight_started_at, created_at, started_at)"
                            + " values (?1, 'dept-stats', 'STATS', 'reporter', 'JSON', false, 'RUNNING', ?3, 1, 0, 1,"
                            + " 'a-worker-that-died', now() - interval '1 second', 0, ?2, now(), now())")
                    .setParameter(1, id)
                    .setParameter(2, Timestamp.from(inflightSince))
                    .setParameter(3, chunk.size())
                    .executeUpdate();
            spool.writeChunk(id, 0, chunk);
        });

        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> QuarkusTransaction.requiringNew().call(() -> {
                            ImportJob job = ImportJob.findById(id);
                            em.detach(job);
                            return job;
                        }),
                        job -> job.finished());
    }

    @Test
    void aRowIsAppliedOnResumeWhenTheSubmitterMeanwhilePushedAnotherValueOfItsPeriod() {
        List<ImportRow> chunk =
                List.of(ImportRow.read(0, "TEST_ASYNC_RESUME_B", "1980", new BigDecimal("3"), "synthetic"));
        Instant inflightSince = clock.instant();
        // Not the job: the same department pushes the same period with another value while the job is in flight.
        importer.run(
                List.of(ImportRow.read(0, "TEST_ASYNC_RESUME_B", "1980", new BigDecimal("9"), "synthetic other")),
                STATS.asCaller(),
                false);

        ImportJob done = resume(chunk, inflightSince);

        assertThat(done.state).isEqualTo(ImportJob.State.DONE);
        assertThat(done.rowsUpdated).isEqualTo(1);
        assertThat(revisions("TEST_ASYNC_RESUME_B", "1980")).containsExactly(1, 2);
    }

    @Inject
    ImportJobMetrics metrics;

    @Test
    void whileAChunkIsAppliedItsLeaseIsRenewedSoNoOtherWorkerTakesTheJob() throws Exception {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into import_job (id, submitted_by,"
                        + " submitter_department, submitter_roles, format, dry_run, state, rows_total,"
                        + " chunks_total, next_chunk, claims, claimed_by, lease_until, created_at,"
                        + " started_at) values (?1, 'dept-stats', 'STATS', 'reporter', 'JSON', false,"
                        + " 'RUNNING', 1, 1, 0, 1, 'busy-worker', now() + interval '3 second', now(), now())")
                .setParameter(1, id)
                .executeUpdate());
        ImportClaims shortLeases = new ImportClaims(em, spool, metrics, 3, 5);

        try (ImportClaims.Heartbeat renewing = shortLeases.keepLeased(id, "busy-worker")) {
            Thread.sleep(4_500); // longer than the 3 s lease: without renewals it would have run out
            assertThat(secondsLeft(id)).isGreaterThan(0.5);
        }
    }

    private double secondsLeft(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                                "select extract(epoch from (lease_until - now())) from import_job where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .doubleValue());
    }

    @SuppressWarnings("unchecked")
    private List<Integer> revisions(String code, String period) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (List<Integer>) em.createNativeQuery("select r.revision from observation_revision r"
                                + " join observation o on o.id = r.observation_id"
                                + " where o.indicator_code = ?1 and o.period = ?2 order by r.revision")
                        .setParameter(1, code)
                        .setParameter(2, period)
                        .getResultList())
                .stream()
                .map(n -> ((Number) (Object) n).intValue())
                .toList();
    }
}
