package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an indicator's target by the plan admin: who, when, the old and the new target. Never updated. */
@Entity
@Table(name = "target_change")
public class TargetChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "previous_kind")
    public String previousKind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previous_params")
    public Map<String, Object> previousParams;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previous_bands")
    public Map<String, Object> previousBands;

    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> params;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> bands;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
