package io.planmon.notification.messaging;

import io.planmon.kit.inbox.Consumption;
import io.planmon.notification.service.ActivityRecorder;
import io.planmon.notification.service.AlertEngine;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives planmon events from Kafka into the activity feed and the alert engine, each idempotent under its own inbox
 * name and in its own transaction. Blocking, because both write to the database. A failure is retried in place, in
 * order ({@link Consumption}): a retry after the feed committed finds the feed's inbox row and goes on to the alert
 * engine. A poison message, or one that still fails when the retries are spent, goes to the dead-letter topic.
 */
@ApplicationScoped
public class PlanEventConsumer {
    /** The retry policy's names for the three channels (metrics and logs); the inboxes have their own names. */
    public static final String OBSERVATIONS = "notification-service.observations";

    public static final String INDICATOR_STATUS = "notification-service.indicator-status";
    public static final String TASKS = "notification-service.tasks";

    private final Consumption consumption;
    private final ActivityRecorder recorder;
    private final AlertEngine alerts;

    public PlanEventConsumer(Consumption consumption, ActivityRecorder recorder, AlertEngine alerts) {
        this.consumption = consumption;
        this.recorder = recorder;
        this.alerts = alerts;
    }

    @Incoming(Channels.OBSERVATIONS)
    @Blocking
    public void observation(String json) {
        // a value that arrives resolves the DATA_OVERDUE alert of its period
        consumption.handle(OBSERVATIONS, json, this::recordAndAlert);
    }

    @Incoming(Channels.INDICATOR_STATUS)
    @Blocking
    public void indicatorStatus(String json) {
        consumption.handle(INDICATOR_STATUS, json, this::recordAndAlert);
    }

    @Incoming(Channels.TASKS)
    @Blocking
    public void task(String json) {
        consumption.handle(TASKS, json, this::recordAndAlert);
    }

    private void recordAndAlert(String json) {
        recorder.record(json);
        alerts.receive(json);
    }
}
