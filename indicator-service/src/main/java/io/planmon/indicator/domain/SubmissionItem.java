package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A figure as a submission step submitted it: the value and revision then current, null when there was none. */
@Entity
@Table(name = "submission_item")
public class SubmissionItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long stepId;

    public String indicatorCode;

    public BigDecimal value;

    public Integer revision;
}
