package io.planmon.notification.service.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.alert.AlertChangedV1;
import io.planmon.notification.domain.alert.AlertRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The live feed of alert changes for dashboards: every change any instance committed, as it comes off
 * {@code planmon.alerts.v1} (only committed changes are relayed there). A client that connects later reads the
 * current state from {@code GET /api/v1/alerts} first.
 */
@ApplicationScoped
public class AlertStream {
    private static final Logger LOG = Logger.getLogger(AlertStream.class);

    static final int CLIENT_BUFFER = 10_000;

    private final BroadcastProcessor<AlertChanged> processor = BroadcastProcessor.create();
    private final AlertRepository alerts;
    private final MeterRegistry registry;

    public AlertStream(AlertRepository alerts, MeterRegistry registry) {
        this.alerts = alerts;
        this.registry = registry;
    }

    /** Passes one published change on to every connected client. */
    public void broadcast(AlertChangedV1 event) {
        Optional<AlertView> view = event.complete() ? Optional.of(AlertView.of(event)) : stored(event.alertId());
        if (view.isEmpty()) {
            LOG.warnf("Alert %d changed (%s) but is not stored here; not streamed", event.alertId(), event.change());
            registry.counter("planmon.alerts.streamed", "outcome", "unknown").increment();
            return;
        }
        processor.onNext(new AlertChanged(event.change(), view.get()));
        registry.counter("planmon.alerts.streamed", "outcome", "broadcast").increment();
    }

    /**
     * An event from an instance of an earlier version carries only a summary: the stream shows the stored alert
     * instead (its state now, which may be newer than the change).
     */
    private Optional<AlertView> stored(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> alerts.findByIdOptional(id).map(AlertView::of));
    }

    /**
     * The changes from now on, for one client. The broadcast hands a change to every client at once and cannot wait
     * for a slow one: a consumer batch fires dozens of alerts within a millisecond, faster than one SSE connection
     * asks for them. Each client therefore has a buffer of its own; a client that falls {@value #CLIENT_BUFFER}
     * changes behind loses its stream (and reconnects, reading the current state first), the others do not notice.
     */
    public Multi<AlertChanged> changes() {
        return processor.onOverflow().buffer(CLIENT_BUFFER);
    }
}
