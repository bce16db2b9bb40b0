package io.planmon.kit.outbox;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Records an event in the caller's transaction: the event exists if and only if the change committed, so nothing
 * committed is ever lost on the way to Kafka, even when the broker is down.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "insert into outbox_event (event_id, event_type, topic, message_key, payload,"
            + " created_at) values (?, ?, ?, ?, ?, ?)";
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
        // the relay sends it as soon as the transaction commits
        OutboxEvent.getEntityManager().unwrap(Session.class).doWork(signal::wakeAfterCommit);
        return event;
    }

    /**
     * Records many events in the caller's transaction with one JDBC batch, in list order (the relay sends them in
     * that order): a batch import announces hundreds of values without one statement each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent<Object>> publishAll(List<Pending> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<CloudEvent<Object>> events = new ArrayList<>(pending.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending p : pending) {
                    CloudEvent<Object> event = CloudEvent.of(p.type(), source, p.subject(), p.data());
                    events.add(event);
                    insert.setString(1, event.id());
                    insert.setString(2, p.type().type());
                    insert.setString(3, p.type().topic());
                    insert.setString(4, p.subject());
                    insert.setString(5, EventCodec.encode(event));
                    insert.setObject(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            signal.wakeAfterCommit(connection);
        });
        return events;
    }

    /** An event to record: its type, its subject (the Kafka key) and its data. */
    public record Pending(EventType type, String subject, Object data) {}
}
