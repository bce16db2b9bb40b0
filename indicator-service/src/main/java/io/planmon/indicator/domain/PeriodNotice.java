package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/** Something the due-date scan announced about an (indicator, period) and so never announces again. */
@MappedSuperclass
public abstract class PeriodNotice extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String indicatorCode;

    public String period;

    public LocalDate dueDate;

    public Instant announcedAt;

    /** Fills the notice of {@code period}, due by {@code dueDate}, announced {@code now}, and stores it. */
    public void announce(String code, String period, LocalDate dueDate, Instant now) {
        this.indicatorCode = code;
        this.period = period;
        this.dueDate = dueDate;
        this.announcedAt = now;
        persist();
    }
}
