package io.planmon.indicator.domain;

import io.planmon.indicator.domain.evaluation.Polarity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A measurable goal of the plan, with the target the way the plan states it. */
@Entity
public class Indicator extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    public String nameEn;

    public String area;

    public int article;

    public String unit;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    public String polarity;

    public String ownerDepartment;

    public String targetKind;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> targetParams;

    /** The sentence of the plan this indicator comes from. */
    public String planSentence;

    /** The band override of the path kinds, e.g. {@code {"onTrack": 0.9}}; null keeps the default bands. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> targetBands;

    /** Days after the end of a period by which its value is due; null takes the frequency's default. */
    public Integer dueDays;

    /** Days before the due date on which the owning department is reminded; null takes the default of 7. */
    public Integer reminderDays;

    /** The explicit range a value must lie in; both null derives it from the unit (see {@link ValueRange}). */
    public BigDecimal valueMin;

    public BigDecimal valueMax;

    /** Whether values for periods that have not begun yet (forecasts) are accepted; off by default. */
    public boolean futurePeriods;

    public Polarity polarityValue() {
        return Polarity.valueOf(polarity);
    }
}
