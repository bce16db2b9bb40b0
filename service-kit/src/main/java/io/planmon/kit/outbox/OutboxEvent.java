package io.planmon.kit.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event written in the same transaction as the change it announces; the relay sends it to Kafka afterwards
 * (which reads and marks rows in plain SQL: {@link OutboxRows}). Each
 * service has the table {@code outbox_event} in its own schema (see its first Flyway migration).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String eventId;

    @Column(nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(nullable = false, updatable = false)
    public String messageKey;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    public String lastError;
}
