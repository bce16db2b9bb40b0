package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String indicatorCode;

    public String previousKind;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> previousParams;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> previousBands;

    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> params;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> bands;

    public String changedBy;

    public Instant changedAt;
}
