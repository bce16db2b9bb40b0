package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether an indicator's early warning is up, so that it is announced when it appears rather than every time. */
@Entity
@Table(name = "projection_state")
public class ProjectionState extends PanacheEntityBase {
    @Id
    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "early_warning")
    public boolean earlyWarning;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
