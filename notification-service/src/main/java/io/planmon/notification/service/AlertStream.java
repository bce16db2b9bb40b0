package io.planmon.notification.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The live feed of alert changes for dashboards: each committed change of this instance, as it happens. A client
 * that connects later reads the current state from {@code GET /api/v1/alerts} first.
 */
@ApplicationScoped
public class AlertStream {
    private final BroadcastProcessor<AlertChanged> processor = BroadcastProcessor.create();

    /** Only after commit: a rolled-back change must never reach a screen. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        processor.onNext(change);
    }

    public Multi<AlertChanged> changes() {
        return processor;
    }
}
