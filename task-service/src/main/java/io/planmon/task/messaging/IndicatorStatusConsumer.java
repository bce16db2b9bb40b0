package io.planmon.task.messaging;

import io.planmon.kit.inbox.Inbox;
import io.planmon.task.service.IndicatorStatusRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Hears indicator-service's evaluations, once per event id (the inbox); a message that is not an event throws, and
 * the channel's dead-letter strategy parks it.
 */
@ApplicationScoped
public class IndicatorStatusConsumer {
    /** The inbox's name for this consumer. */
    public static final String CONSUMER = "task-service.indicator-status";

    private final Inbox inbox;
    private final IndicatorStatusRecorder recorder;

    public IndicatorStatusConsumer(Inbox inbox, IndicatorStatusRecorder recorder) {
        this.inbox = inbox;
        this.recorder = recorder;
    }

    @Incoming(Channels.INDICATOR_STATUS)
    @Blocking
    public void receive(String json) {
        inbox.receive(CONSUMER, json, recorder::record);
    }
}
