package io.planmon.kit.outbox;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the caller's transaction: the event exists if and only if the change committed, so nothing
 * committed is ever lost on the way to Kafka, even when the broker is down.
 */
@ApplicationScoped
public class Outbox {
    private final String source;
    private final OutboxSignal signal;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String applicationName, OutboxSignal signal) {
        this.source = "/planmon/" + applicationName;
        this.signal = signal;
    }

    /** @param subject the aggregate id (indicator code, task id, alert id): the CloudEvent subject and the Kafka key */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent<Object> publish(EventType type, String subject, Object data) {
        CloudEvent<Object> event = CloudEvent.of(type, source, subject, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.eventType = type.type();
        row.topic = type.topic();
        row.messageKey = subject;
        row.payload = EventCodec.encode(event);
        row.createdAt = Instant.now();
        row.persist();
        signal.wakeAfterCommit(); // the relay sends it as soon as the transaction commits
        return event;
    }
}
