package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public Long observationId;

    public int revision;

    public BigDecimal value;

    public BigDecimal previousValue;

    public String note;

    public String recordedBy;

    public Instant recordedAt;
}
