package io.planmon.indicator.messaging;

import io.planmon.events.EventType;
import io.planmon.events.indicator.DataDueSoonV1;
import io.planmon.events.indicator.DataOverdueV1;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import io.planmon.events.indicator.ProjectionWarningV1;
import io.planmon.indicator.domain.EvaluatedPeriod;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.PeriodEvaluation;
import io.planmon.indicator.domain.evaluation.Projection;
import io.planmon.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Announces status changes, early warnings and their recoveries, data due soon and overdue data on
 * {@code planmon.indicator-status.v1} via the outbox.
 */
@ApplicationScoped
public class IndicatorStatusEvents {
    private final Outbox outbox;

    public IndicatorStatusEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void statusChanged(Indicator i, PeriodEvaluation e, String previousStatus) {
        Outbox.Pending p = statusChange(
                i,
                new EvaluatedPeriod(
                        e.id,
                        e.period,
                        e.value,
                        e.status,
                        e.expected,
                        e.gap,
                        e.referenceValue,
                        e.progressRatio,
                        e.reason,
                        e.reasonEn),
                previousStatus);
        outbox.publish(p.type(), p.subject(), p.data());
    }

    /** The status change of one period, for {@link Outbox#publishAll}. */
    public Outbox.Pending statusChange(Indicator i, EvaluatedPeriod e, String previousStatus) {
        return new Outbox.Pending(
                EventType.INDICATOR_STATUS_CHANGED,
                i.code,
                new IndicatorStatusChangedV1(
                        i.code,
                        i.name,
                        i.area,
                        i.article,
                        i.ownerDepartment,
                        e.period(),
                        previousStatus,
                        e.status(),
                        e.value(),
                        e.expected(),
                        e.gap(),
                        e.referenceValue(),
                        e.progressRatio(),
                        e.reason(),
                        e.reasonEn()));
    }

    public void projectionWarning(Indicator i, Projection p) {
        outbox.publish(EventType.INDICATOR_PROJECTION_WARNING, i.code, projection(i, p, ProjectionWarningV1::new));
    }

    /** The projection meets the target again after a published warning: same fields, so the two read alike. */
    public void projectionRecovered(Indicator i, Projection p) {
        outbox.publish(EventType.INDICATOR_PROJECTION_RECOVERED, i.code, projection(i, p, ProjectionRecoveredV1::new));
    }

    private static <T> T projection(Indicator i, Projection p, ProjectionEvent<T> event) {
        return event.of(
                i.code,
                i.name,
                i.area,
                i.article,
                i.ownerDepartment,
                p.targetYear(),
                p.projectedValue(),
                p.targetValue(),
                p.catchUpRate(),
                p.reason(),
                p.reasonEn());
    }

    /** The constructor the two projection events share. */
    @FunctionalInterface
    private interface ProjectionEvent<T> {
        T of(
                String code,
                String name,
                String area,
                int article,
                String department,
                int targetYear,
                BigDecimal projected,
                BigDecimal target,
                BigDecimal catchUpRate,
                String reason,
                String reasonEn);
    }

    public void dataOverdue(Indicator i, String period, LocalDate dueDate) {
        outbox.publish(
                EventType.INDICATOR_DATA_OVERDUE,
                i.code,
                new DataOverdueV1(i.code, i.name, i.area, i.article, i.ownerDepartment, period, dueDate));
    }

    public void dataDueSoon(Indicator i, String period, LocalDate dueDate) {
        outbox.publish(
                EventType.INDICATOR_DATA_DUE_SOON,
                i.code,
                new DataDueSoonV1(i.code, i.name, i.area, i.article, i.ownerDepartment, period, dueDate));
    }
}
