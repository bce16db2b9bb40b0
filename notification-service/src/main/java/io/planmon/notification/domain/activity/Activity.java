package io.planmon.notification.domain.activity;

import io.planmon.notification.domain.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the feed of recent plan updates: what happened to which subject, said in Chinese and English. */
@Entity
@Table(name = "activity")
public class Activity extends IdentityEntity {
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
