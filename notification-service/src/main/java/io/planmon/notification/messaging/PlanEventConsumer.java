package io.planmon.notification.messaging;

import io.planmon.notification.service.ActivityRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receives planmon events from Kafka. Blocking, because recording writes to the database; a method that throws nacks
 * its message, which the channel's failure strategy sends to the dead-letter topic.
 */
@ApplicationScoped
public class PlanEventConsumer {
    private final ActivityRecorder recorder;

    public PlanEventConsumer(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    @Incoming(Channels.OBSERVATIONS)
    @Blocking
    public void observation(String json) {
        recorder.record(json);
    }
}
