package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The due-date scan announced that this (indicator, period) is overdue: it never announces it again. */
@Entity
@Table(name = "overdue_notice")
public class OverdueNotice extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    public String period;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "announced_at")
    public Instant announcedAt;
}
