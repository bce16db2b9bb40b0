package io.planmon.notification.service.event;

import io.planmon.events.CloudEvent;
import io.planmon.events.indicator.DataDueSoonV1;
import io.planmon.events.indicator.DataOverdueV1;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import io.planmon.events.indicator.ProjectionWarningV1;
import io.planmon.events.task.TaskOverdueV1;
import io.planmon.events.task.TaskStatusChangedV1;
import io.planmon.notification.domain.alert.AlertSubject;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what a planmon event says about alert identities (docs/spec.md#alerts: which status is which severity). */
public final class SignalReader {
    private SignalReader() {}

    public static List<Signal> read(CloudEvent<?> event) {
        // Java 17: no pattern matching in switch yet.
        Object data = event.data();
        if (data instanceof IndicatorStatusChangedV1 s) {
            return status(s);
        } else if (data instanceof DataOverdueV1 d) {
            Signal overdue = overdue(d);
            // the reminder of the period gives way to the overdue alert
            return List.of(overdue, overdue.clearing(Condition.DATA_DUE_SOON));
        } else if (data instanceof DataDueSoonV1 d) {
            return List.of(dueSoon(d));
        } else if (data instanceof ProjectionWarningV1 p) {
            return List.of(projection(p));
        } else if (data instanceof ProjectionRecoveredV1 r) {
            return List.of(projectionMet(r));
        } else if (data instanceof ObservationRecordedV1 o) {
            Signal arrived = dataArrived(o);
            return List.of(arrived, arrived.clearing(Condition.DATA_DUE_SOON));
        } else if (data instanceof TaskStatusChangedV1 t) {
            return task(t);
        } else if (data instanceof TaskOverdueV1 t) {
            return List.of(taskOverdue(t));
        }
        return List.of();
    }

    private static List<Signal> status(IndicatorStatusChangedV1 s) {
        Map<String, String> numbers = numbers(
                "value", s.value(),
                "expected", s.expected(),
                "gap", s.gap(),
                "referenceValue", s.referenceValue(),
                "progressRatio", s.progressRatio());
        Severity severity =
                switch (s.status()) {
                    case "AT_RISK" -> Severity.WARNING;
                    case "OFF_TRACK" -> Severity.CRITICAL;
                    default -> null;
                };
        Signal signal = new Signal(
                AlertSubject.indicator(s.indicatorCode(), s.indicatorName(), s.department(), s.area(), s.article()),
                Condition.STATUS,
                severity,
                s.period(),
                s.status(),
                numbers,
                s.reason(),
                s.reasonEn());
        List<Signal> signals = new ArrayList<>();
        if (severity != null || "ON_TRACK".equals(s.status()) || "ACHIEVED".equals(s.status())) {
            signals.add(signal);
        }
        if ("ACHIEVED".equals(s.status())) {
            signals.add(signal.clearing(Condition.PROJECTION_MISS));
        }
        if (s.value() != null) {
            // An evaluation with a value means the period's data arrived.
            signals.add(signal.clearing(Condition.DATA_OVERDUE));
            signals.add(signal.clearing(Condition.DATA_DUE_SOON));
        }
        return signals;
    }

    private static Signal overdue(DataOverdueV1 d) {
        return new Signal(
                AlertSubject.indicator(d.indicatorCode(), d.indicatorName(), d.department(), d.area(), d.article()),
                Condition.DATA_OVERDUE,
                Severity.WARNING,
                d.period(),
                "DATA_OVERDUE",
                numbers("dueDate", d.dueDate()),
                "%s %s 的数据逾期未报（应于 %s 前报送）".formatted(d.indicatorName(), d.period(), d.dueDate()),
                "%s: no value for %s by its due date %s".formatted(d.indicatorCode(), d.period(), d.dueDate()));
    }

    private static Signal dueSoon(DataDueSoonV1 d) {
        return new Signal(
                AlertSubject.indicator(d.indicatorCode(), d.indicatorName(), d.department(), d.area(), d.article()),
                Condition.DATA_DUE_SOON,
                Severity.INFO,
                d.period(),
                "DATA_DUE_SOON",
                numbers("dueDate", d.dueDate()),
                "%s %s 的数据应于 %s 前报送，尚未报送".formatted(d.indicatorName(), d.period(), d.dueDate()),
                "%s: the value for %s is due by %s and has not arrived yet"
                        .formatted(d.indicatorCode(), d.period(), d.dueDate()));
    }

    private static Signal projection(ProjectionWarningV1 p) {
        return new Signal(
                AlertSubject.indicator(p.indicatorCode(), p.indicatorName(), p.department(), p.area(), p.article()),
                Condition.PROJECTION_MISS,
                Severity.INFO,
                null,
                "PROJECTION_MISS",
                numbers(
                        "targetYear", p.targetYear(),
                        "projectedValue", p.projectedValue(),
                        "targetValue", p.targetValue(),
                        "catchUpRate", p.catchUpRate()),
                p.reason(),
                p.reasonEn());
    }

    /**
     * The projection meets the target again: clears PROJECTION_MISS like ACHIEVED does, and the resolved alert keeps
     * the numbers and the reason of the projection that recovered.
     */
    private static Signal projectionMet(ProjectionRecoveredV1 r) {
        return new Signal(
                AlertSubject.indicator(r.indicatorCode(), r.indicatorName(), r.department(), r.area(), r.article()),
                Condition.PROJECTION_MISS,
                null,
                null,
                "PROJECTION_MET",
                numbers(
                        "targetYear", r.targetYear(),
                        "projectedValue", r.projectedValue(),
                        "targetValue", r.targetValue(),
                        "catchUpRate", r.catchUpRate()),
                r.reason(),
                r.reasonEn());
    }

    private static Signal dataArrived(ObservationRecordedV1 o) {
        return new Signal(
                AlertSubject.indicator(o.indicatorCode(), null, o.department(), null, null),
                Condition.DATA_OVERDUE,
                null,
                o.period(),
                null,
                Map.of(),
                null,
                null);
    }

    private static List<Signal> task(TaskStatusChangedV1 t) {
        Severity severity =
                switch (t.status()) {
                    case "BEHIND" -> Severity.WARNING;
                    case "OVERDUE" -> Severity.CRITICAL;
                    default -> null;
                };
        String en = "Task %s is %s: %d%% done, due %s".formatted(t.code(), t.status(), t.percent(), t.due());
        String zh = t.reason() != null ? t.reason() : en;
        return List.of(new Signal(
                AlertSubject.task(t.taskId(), t.code(), t.title(), t.leadDepartment(), t.article()),
                Condition.STATUS,
                severity,
                null,
                t.status(),
                numbers("percent", t.percent(), "due", t.due()),
                zh,
                en));
    }

    private static Signal taskOverdue(TaskOverdueV1 t) {
        return new Signal(
                AlertSubject.task(t.taskId(), t.code(), t.title(), t.leadDepartment(), t.article()),
                Condition.STATUS,
                Severity.CRITICAL,
                null,
                "OVERDUE",
                numbers("percent", t.percent(), "due", t.due()),
                "任务 %s「%s」已逾期：截止 %s，完成 %d%%".formatted(t.code(), t.title(), t.due(), t.percent()),
                "Task %s is overdue: due %s, %d%% done".formatted(t.code(), t.due(), t.percent()));
    }

    /** Name/value pairs, leaving out nulls; decimals keep the scale they were sent with. */
    static Map<String, String> numbers(Object... pairs) {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                numbers.put((String) pairs[i], text);
            }
        }
        return numbers;
    }
}
