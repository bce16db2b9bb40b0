package io.planmon.task.messaging;

import io.planmon.kit.inbox.Consumption;
import io.planmon.kit.inbox.Inbox;
import io.planmon.task.service.IndicatorStatusRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Hears indicator-service's evaluations, once per event id (the inbox). A failure is retried in place, in order
 * ({@link Consumption}); a message that is not an event, or one that still fails when the retries are spent, is
 * parked by the channel's dead-letter strategy.
 */
@ApplicationScoped
public class IndicatorStatusConsumer {
    /** The inbox's name for this consumer. */
    public static final String CONSUMER = "task-service.indicator-status";

    private final Consumption consumption;
    private final Inbox inbox;
    private final IndicatorStatusRecorder recorder;

    public IndicatorStatusConsumer(Consumption consumption, Inbox inbox, IndicatorStatusRecorder recorder) {
        this.consumption = consumption;
        this.inbox = inbox;
        this.recorder = recorder;
    }

    @Incoming(Channels.INDICATOR_STATUS)
    @Blocking
    public void receive(String json) {
        consumption.handle(CONSUMER, json, message -> inbox.receive(CONSUMER, message, recorder::record));
    }
}
