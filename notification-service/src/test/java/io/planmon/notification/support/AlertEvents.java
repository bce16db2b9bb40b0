package io.planmon.notification.support;

import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import io.planmon.events.indicator.DataDueSoonV1;
import io.planmon.events.indicator.DataOverdueV1;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import io.planmon.events.indicator.ProjectionWarningV1;
import io.planmon.events.task.TaskOverdueV1;
import io.planmon.events.task.TaskStatusChangedV1;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Builds and publishes indicator-status and task events as indicator-service and task-service do (synthetic data). */
public final class AlertEvents {
    private AlertEvents() {}

    public static CloudEvent<IndicatorStatusChangedV1> status(
            String code, String department, String period, String previous, String status) {
        IndicatorStatusChangedV1 data = new IndicatorStatusChangedV1(
                code,
                "人均地区生产总值（合成测试数据）",
                "ECONOMY",
                5,
                department,
                period,
                previous,
                status,
                new BigDecimal("125.0"),
                new BigDecimal("131.95"),
                new BigDecimal("-6.95"),
                null,
                new BigDecimal("0.782"),
                "实际值 125.0 低于预期 131.95，进度比 0.782 < 0.85",
                "actual 125.0 is below the expected 131.95, progress ratio 0.782 < 0.85");
        return CloudEvent.of(EventType.INDICATOR_STATUS_CHANGED, "/planmon/indicator-service", code, data);
    }

    public static CloudEvent<DataOverdueV1> dataOverdue(String code, String department, String period) {
        DataOverdueV1 data = new DataOverdueV1(
                code, "人均地区生产总值（合成测试数据）", "ECONOMY", 5, department, period, LocalDate.of(2026, 3, 31));
        return CloudEvent.of(EventType.INDICATOR_DATA_OVERDUE, "/planmon/indicator-service", code, data);
    }

    /** A reminder from indicator-service's due-date scan: the value of {@code period} is due by {@code due}. */
    public static CloudEvent<DataDueSoonV1> dueSoon(String code, String department, String period, LocalDate due) {
        DataDueSoonV1 data = new DataDueSoonV1(code, "人均地区生产总值（合成测试数据）", "ECONOMY", 5, department, period, due);
        return CloudEvent.of(EventType.INDICATOR_DATA_DUE_SOON, "/planmon/indicator-service", code, data);
    }

    public static CloudEvent<ProjectionWarningV1> projection(String code, String department) {
        ProjectionWarningV1 data = new ProjectionWarningV1(
                code,
                "人均地区生产总值（合成测试数据）",
                "ECONOMY",
                5,
                department,
                2035,
                new BigDecimal("190.0"),
                new BigDecimal("200.0"),
                new BigDecimal("0.061"),
                "按趋势 2035 年预计 190.0，低于目标 200.0",
                "the trend reaches 190.0 in 2035, short of 200.0");
        return CloudEvent.of(EventType.INDICATOR_PROJECTION_WARNING, "/planmon/indicator-service", code, data);
    }

    /** The projection of {@code code} meets its target again, after {@link #projection}. */
    public static CloudEvent<ProjectionRecoveredV1> projectionRecovered(String code, String department) {
        ProjectionRecoveredV1 data = new ProjectionRecoveredV1(
                code,
                "人均地区生产总值（合成测试数据）",
                "ECONOMY",
                5,
                department,
                2035,
                new BigDecimal("210.0"),
                new BigDecimal("200.0"),
                new BigDecimal("0.052"),
                "按趋势 2035 年预计 210.0，可达到目标 200.0",
                "the trend reaches 210.0 in 2035, meeting 200.0");
        return CloudEvent.of(EventType.INDICATOR_PROJECTION_RECOVERED, "/planmon/indicator-service", code, data);
    }

    public static CloudEvent<TaskOverdueV1> taskOverdue(long id, String department) {
        TaskOverdueV1 data = new TaskOverdueV1(
                id,
                "T-" + id,
                12,
                "合成测试任务",
                "Synthetic test task",
                department,
                List.of(),
                LocalDate.of(2026, 6, 30),
                40);
        return CloudEvent.of(EventType.TASK_OVERDUE, "/planmon/task-service", Long.toString(id), data);
    }

    public static CloudEvent<TaskStatusChangedV1> taskStatus(
            long id, String department, String previous, String status) {
        TaskStatusChangedV1 data = new TaskStatusChangedV1(
                id,
                "T-" + id,
                12,
                "合成测试任务",
                "Synthetic test task",
                department,
                List.of(),
                previous,
                status,
                40,
                LocalDate.of(2026, 6, 30),
                "任务进度 40%，落后于计划");
        return CloudEvent.of(EventType.TASK_STATUS_CHANGED, "/planmon/task-service", Long.toString(id), data);
    }

    /** A task id no other test uses. */
    public static long uniqueTaskId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }

    /** Sends to the event type's topic, keyed by subject, as the outbox relay does. */
    public static void publish(CloudEvent<?> event) throws Exception {
        String topic = EventType.ofType(event.type()).orElseThrow().topic();
        TestKafka.send(topic, event.subject(), EventCodec.encode(event));
    }
}
