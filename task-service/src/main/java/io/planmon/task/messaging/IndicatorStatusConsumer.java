package io.planmon.task.messaging;

import io.planmon.kit.inbox.BatchConsumption;
import io.planmon.kit.inbox.Consumption;
import io.planmon.kit.inbox.Inbox;
import io.planmon.task.service.IndicatorStatusRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Hears indicator-service's evaluations, once per event id (the inbox), a poll's batch at a time: the inbox checks the
 * batch in one statement and its effects commit in one transaction ({@link BatchConsumption}). A failed batch is
 * handled again message by message, each retried in place, in order ({@link Consumption}); a message that is not an
 * event, or one that still fails when the retries are spent, is parked on the dead-letter topic on its own.
 */
@ApplicationScoped
public class IndicatorStatusConsumer {
    /** The inbox's name for this consumer. */
    public static final String CONSUMER = "task-service.indicator-status";

    private final BatchConsumption consumption;
    private final Inbox inbox;
    private final IndicatorStatusRecorder recorder;

    public IndicatorStatusConsumer(BatchConsumption consumption, Inbox inbox, IndicatorStatusRecorder recorder) {
        this.consumption = consumption;
        this.inbox = inbox;
        this.recorder = recorder;
    }

    @Incoming(Channels.INDICATOR_STATUS)
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumption.handle(
                CONSUMER,
                Channels.INDICATOR_STATUS,
                records,
                batch -> inbox.receiveAll(CONSUMER, batch, recorder::record),
                message -> inbox.receive(CONSUMER, message, recorder::record));
    }
}
