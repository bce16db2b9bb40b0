package io.planmon.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the feed of recent plan updates: what happened to which subject, said in Chinese and English. */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(updatable = false)
    public String department;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(name = "summary_en", nullable = false, updatable = false)
    public String summaryEn;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
