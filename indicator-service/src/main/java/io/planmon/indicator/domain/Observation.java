package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** The current value of an indicator for one period: its latest revision. */
@Entity
public class Observation extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String indicatorCode;

    public String period;

    public BigDecimal value;

    public int revision;

    public String note;

    public String recordedBy;

    public Instant recordedAt;

    /** What storing a value did: the first value of a period, a new revision, or nothing because it is the same. */
    public enum Outcome {
        CREATED,
        REVISED,
        UNCHANGED
    }
}
