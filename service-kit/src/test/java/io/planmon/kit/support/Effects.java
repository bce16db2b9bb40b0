package io.planmon.kit.support;

import io.agroal.api.AgroalDataSource;
import io.planmon.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.List;

/**
 * What a test consumer does with an event: a row in {@code effect}, written in the caller's transaction (the inbox's),
 * so that it commits or rolls back with the inbox row. Read back outside any transaction, in the order written.
 */
@ApplicationScoped
public class Effects {
    private final EntityManager em;
    private final AgroalDataSource dataSource;

    public Effects(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    public void record(String consumer, CloudEvent<?> event) {
        em.createNativeQuery("insert into effect (consumer, event_id, subject) values (?1, ?2, ?3)")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.subject())
                .executeUpdate();
    }

    /** The event ids {@code consumer} applied to {@code subject}, in the order they committed their effects. */
    public List<String> of(String consumer, String subject) throws SQLException {
        return Sql.strings(
                dataSource,
                "select event_id from effect where consumer = ? and subject = ? order by id",
                consumer,
                subject);
    }

    /** Whether the inbox of {@code consumer} holds {@code eventId}. */
    public boolean inInbox(String consumer, String eventId) throws SQLException {
        return !Sql.strings(
                        dataSource,
                        "select event_id from processed_event where consumer = ? and event_id = ?",
                        consumer,
                        eventId)
                .isEmpty();
    }
}
