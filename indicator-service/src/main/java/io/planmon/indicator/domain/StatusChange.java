package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an (indicator, period) to another status; the first evaluation moves from null. Never updated. */
@Entity
@Table(name = "evaluation_status_change")
public class StatusChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String indicatorCode;

    public String period;

    public String previousStatus;

    public String status;

    public String reason;

    public String reasonEn;

    public Instant changedAt;

    public static StatusChange of(PeriodEvaluation now, String previousStatus) {
        StatusChange c = new StatusChange();
        c.indicatorCode = now.indicatorCode;
        c.period = now.period;
        c.previousStatus = previousStatus;
        c.status = now.status;
        c.reason = now.reason;
        c.reasonEn = now.reasonEn;
        c.changedAt = now.evaluatedAt;
        return c;
    }
}
