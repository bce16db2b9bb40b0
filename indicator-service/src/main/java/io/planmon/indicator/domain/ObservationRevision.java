package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One change of an observation: who, when, the old and the new value, and why. Never updated or deleted. */
@Entity
@Table(name = "observation_revision")
public class ObservationRevision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "observation_id")
    public Long observationId;

    public int revision;

    public BigDecimal value;

    @Column(name = "previous_value")
    public BigDecimal previousValue;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
