package io.planmon.notification.messaging;

import io.planmon.notification.service.ActivityRecorder;
import io.planmon.notification.service.AlertEngine;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives planmon events from Kafka into the activity feed and the alert engine, each idempotent under its own inbox
 * name. Blocking, because both write to the database; a method that throws nacks its message, which the channel's
 * failure strategy sends to the dead-letter topic.
 */
@ApplicationScoped
public class PlanEventConsumer {
    private final ActivityRecorder recorder;
    private final AlertEngine alerts;

    public PlanEventConsumer(ActivityRecorder recorder, AlertEngine alerts) {
        this.recorder = recorder;
        this.alerts = alerts;
    }

    @Incoming(Channels.OBSERVATIONS)
    @Blocking
    public void observation(String json) {
        recorder.record(json);
        alerts.receive(json); // a value that arrives resolves the DATA_OVERDUE alert of its period
    }

    @Incoming(Channels.INDICATOR_STATUS)
    @Blocking
    public void indicatorStatus(String json) {
        recorder.record(json);
        alerts.receive(json);
    }

    @Incoming(Channels.TASKS)
    @Blocking
    public void task(String json) {
        recorder.record(json);
        alerts.receive(json);
    }
}
