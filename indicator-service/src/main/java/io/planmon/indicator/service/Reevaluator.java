package io.planmon.indicator.service;

import io.planmon.indicator.domain.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps the stored evaluations in step with the targets, inside the caller's transaction: after a target change every
 * period is evaluated again, in memory and written in batches like a value change ({@link IndicatorBatch}); every
 * status change is recorded and published through the outbox together with the change that caused it.
 */
@ApplicationScoped
public class Reevaluator {
    private final IndicatorBatch batch;

    public Reevaluator(IndicatorBatch batch) {
        this.batch = batch;
    }

    /** After the target changed: the whole history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void all(Indicator indicator) {
        batch.all(indicator);
    }
}
