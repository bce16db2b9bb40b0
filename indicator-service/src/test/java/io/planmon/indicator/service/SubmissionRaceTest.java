package io.planmon.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.indicator.domain.SubmissionItem;
import io.planmon.indicator.domain.SubmissionStep;
import io.planmon.indicator.governance.Acting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A submission and a push of the same unit never interleave: the submission locks the unit's indicators, so a push
 * that holds one of them (its value written, not yet committed) finishes first and its value is what the submission
 * records. Without the lock the submission would read the committed state and record the figure as missing.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class SubmissionRaceTest {
    @Inject
    RowCheck check;

    @Inject
    IndicatorBatch batch;

    @Inject
    SubmissionService submissions;

    @Inject
    IndicatorLocks locks;

    @Test
    void aSubmissionWaitsForAPushHoldingOneOfItsIndicatorsAndRecordsTheValueItStored() throws Exception {
        Acting.push("TEST_GOV_A", "2009", "90");
        CountDownLatch written = new CountDownLatch(1);
        CompletableFuture<Void> push = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    RowCheck.Checked rows = check.check(
                            List.of(ImportRow.read(0, "TEST_GOV_B", "2009", new BigDecimal("9"), "synthetic")),
                            Acting.admin());
                    batch.apply(
                            locks.forValueChange("TEST_GOV_B"), rows.accepted(), new TreeSet<>(), Set.of(), "admin");
                    written.countDown();
                    pause(); // holding TEST_GOV_B's lock, its value written but not committed
                }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        long id = submissions
                .submit("TEST_GOV", "2009", null, Acting.reporter("TEST_GOV"))
                .submission()
                .id;
        push.get(30, TimeUnit.SECONDS);

        List<SubmissionItem> items = QuarkusTransaction.requiringNew().call(() -> {
            SubmissionStep step = SubmissionStep.find("submissionId", id).firstResult();
            return SubmissionItem.<SubmissionItem>list("stepId", step.id);
        });
        assertThat(items)
                .filteredOn(i -> i.indicatorCode.equals("TEST_GOV_B"))
                .singleElement()
                .satisfies(i -> assertThat(i.value).isEqualByComparingTo("9"));
    }

    /** Long enough for the submission to start and find the indicator locked, well within the lock timeout. */
    private static void pause() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
