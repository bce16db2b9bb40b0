package io.planmon.notification.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.alert.AlertChangedV1;
import io.planmon.notification.service.alert.AlertStream;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds this instance's live stream from {@code planmon.alerts.v1}, so that a dashboard connected to any instance
 * sees the changes every instance makes. Each instance reads in a consumer group of its own, from the newest offset
 * and without committing: a broadcast, not work to share or to resume. A message it cannot read is skipped with a
 * WARN; there is nothing to retry and no dead-letter topic.
 */
@ApplicationScoped
public class AlertStreamConsumer {
    private static final Logger LOG = Logger.getLogger(AlertStreamConsumer.class);

    private final AlertStream stream;
    private final MeterRegistry registry;

    public AlertStreamConsumer(AlertStream stream, MeterRegistry registry) {
        this.stream = stream;
        this.registry = registry;
    }

    @Incoming(Channels.ALERT_STREAM)
    @Blocking // an event of an older instance is looked up in the database
    public void alertChanged(String json) {
        Optional<CloudEvent<?>> event;
        try {
            event = EventCodec.decode(json);
        } catch (EventCodec.InvalidEventException e) {
            LOG.warnf("Not an alert event on the alerts topic, skipped: %s", e.getMessage());
            registry.counter("planmon.alerts.streamed", "outcome", "unreadable").increment();
            return;
        }
        if (event.isPresent() && event.get().data() instanceof AlertChangedV1 changed) {
            try {
                stream.broadcast(changed);
            } catch (RuntimeException e) {
                // A live feed has no redelivery: one change fails to show, the next ones still do.
                LOG.warnf(e, "Alert %d change %s could not be streamed", changed.alertId(), changed.change());
            }
        } else {
            LOG.debugf("An event of another type on the alerts topic, skipped");
        }
    }
}
