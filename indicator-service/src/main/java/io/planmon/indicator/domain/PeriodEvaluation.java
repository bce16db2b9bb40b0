package io.planmon.indicator.domain;

import io.planmon.indicator.domain.evaluation.Evaluation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The stored verdict on one (indicator, period): the status, the numbers behind it and the sentence that says why. */
@Entity
@Table(name = "evaluation")
public class PeriodEvaluation extends PanacheEntityBase {
    /** Not an engine status: the value of a period is missing past its due date. */
    public static final String DATA_OVERDUE = "DATA_OVERDUE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String indicatorCode;

    public String period;

    /** The value judged; null while the period is DATA_OVERDUE. */
    public BigDecimal value;

    public String status;

    public BigDecimal expected;

    public BigDecimal gap;

    public BigDecimal referenceValue;

    public BigDecimal progressRatio;

    public String reason;

    public String reasonEn;

    public Instant evaluatedAt;

    public static PeriodEvaluation blank(String indicatorCode, String period) {
        PeriodEvaluation e = new PeriodEvaluation();
        e.indicatorCode = indicatorCode;
        e.period = period;
        return e;
    }

    public void apply(BigDecimal actual, Evaluation evaluation, Instant at) {
        value = actual;
        status = evaluation.status().name();
        expected = evaluation.expected();
        gap = evaluation.gap();
        referenceValue = evaluation.referenceValue();
        progressRatio = evaluation.progressRatio();
        reason = evaluation.reason();
        reasonEn = evaluation.reasonEn();
        evaluatedAt = at;
    }

    /** An evaluation with how far its figure has come (null when the period has no value). */
    public record Judged(PeriodEvaluation evaluation, Approval approval) {
        public static Judged of(PeriodEvaluation e, Submission.State state) {
            return new Judged(e, e.value == null ? null : Approval.of(state));
        }
    }
}
