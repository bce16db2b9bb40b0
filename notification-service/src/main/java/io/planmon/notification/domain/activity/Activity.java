package io.planmon.notification.domain.activity;

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

    @Column(nullable = false, updatable = false)
    public String eventId;

    @Column(nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(updatable = false)
    public String department;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(nullable = false, updatable = false)
    public String summaryEn;

    @Column(nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public Instant recordedAt;
}
