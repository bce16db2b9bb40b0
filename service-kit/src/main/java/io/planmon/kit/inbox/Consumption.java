package io.planmon.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * What every Kafka consumer method calls: handles one message with transient failures retried in place
 * ({@link Attempts}), keeping the partition's order. A poison message throws at once; a message that still fails
 * when the retries are spent is logged at ERROR, counted, and thrown, so that the channel's dead-letter strategy
 * parks it. Both nack the message; nothing else does.
 */
@ApplicationScoped
public class Consumption {
    /** The {@code planmon.events.consumed} outcome of a message that went to the dead-letter topic after retrying. */
    public static final String DEAD_LETTERED_AFTER_RETRIES = "dead-lettered-after-retries";

    private static final Logger LOG = Logger.getLogger(Consumption.class);

    private final Attempts attempts;
    private final MeterRegistry registry;

    public Consumption(Attempts attempts, MeterRegistry registry) {
        this.attempts = attempts;
        this.registry = registry;
    }

    /** Hands {@code json} to {@code handler}, which must be idempotent (go through the {@link Inbox}). */
    public void handle(String consumer, String json, Consumer<String> handler) {
        try {
            attempts.run(consumer, json, handler);
        } catch (EventCodec.InvalidEventException poison) {
            throw poison;
        } catch (Exception e) { // unchecked, or an InterruptedException from a retry delay cut short by a shutdown
            String reason = Failures.reason(e);
            registry.counter("planmon.events.consumed", "consumer", consumer, "outcome", DEAD_LETTERED_AFTER_RETRIES)
                    .increment();
            registry.counter("planmon.events.dead-lettered", "consumer", consumer, "reason", reason)
                    .increment();
            LOG.errorf(
                    e,
                    "%s gave up on event %s after retrying (%s); it goes to the dead-letter topic and must be replayed"
                            + " from there",
                    consumer,
                    eventId(json),
                    reason);
            throw e;
        }
    }

    private static String eventId(String json) {
        try {
            return EventCodec.decode(json).map(CloudEvent::id).orElse("of an unknown type");
        } catch (RuntimeException unreadable) {
            return "(unreadable)";
        }
    }
}
