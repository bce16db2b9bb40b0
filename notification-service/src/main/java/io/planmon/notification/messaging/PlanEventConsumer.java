package io.planmon.notification.messaging;

import io.planmon.kit.inbox.BatchConsumption;
import io.planmon.kit.inbox.Consumption;
import io.planmon.notification.service.activity.ActivityRecorder;
import io.planmon.notification.service.alert.AlertEngine;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives planmon events from Kafka into the activity feed and the alert engine, each idempotent under its own inbox
 * name and in its own transaction, a poll's batch at a time ({@link BatchConsumption}): the feed's inbox check and
 * entries for the whole batch in one transaction, then the alert engine's for the whole batch in another, each event
 * applied in partition (so key) order. Blocking, because both write to the database. A failed batch is handled again
 * message by message, each retried in place, in order ({@link Consumption}): a retry after the feed committed finds the
 * feed's inbox rows and goes on to the alert engine. A poison message, or one that still fails when the retries are
 * spent, goes to the dead-letter topic on its own.
 */
@ApplicationScoped
public class PlanEventConsumer {
    /** The retry policy's names for the three channels (metrics and logs); the inboxes have their own names. */
    public static final String OBSERVATIONS = "notification-service.observations";

    public static final String INDICATOR_STATUS = "notification-service.indicator-status";
    public static final String TASKS = "notification-service.tasks";

    private final BatchConsumption consumption;
    private final ActivityRecorder recorder;
    private final AlertEngine alerts;

    public PlanEventConsumer(BatchConsumption consumption, ActivityRecorder recorder, AlertEngine alerts) {
        this.consumption = consumption;
        this.recorder = recorder;
        this.alerts = alerts;
    }

    @Incoming(Channels.OBSERVATIONS)
    @Blocking
    public void observations(ConsumerRecords<String, String> records) {
        // a value that arrives resolves the DATA_OVERDUE alert of its period
        consumption.handle(OBSERVATIONS, Channels.OBSERVATIONS, records, this::recordAndAlertAll, this::recordAndAlert);
    }

    @Incoming(Channels.INDICATOR_STATUS)
    @Blocking
    public void indicatorStatus(ConsumerRecords<String, String> records) {
        consumption.handle(
                INDICATOR_STATUS, Channels.INDICATOR_STATUS, records, this::recordAndAlertAll, this::recordAndAlert);
    }

    @Incoming(Channels.TASKS)
    @Blocking
    public void tasks(ConsumerRecords<String, String> records) {
        consumption.handle(TASKS, Channels.TASKS, records, this::recordAndAlertAll, this::recordAndAlert);
    }

    private void recordAndAlertAll(List<String> batch) {
        recorder.recordAll(batch);
        alerts.receiveAll(batch);
    }

    private void recordAndAlert(String json) {
        recorder.record(json);
        alerts.receive(json);
    }
}
