package io.planmon.events;

import io.planmon.events.alert.AlertChangedV1;
import io.planmon.events.indicator.DataDueSoonV1;
import io.planmon.events.indicator.DataOverdueV1;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import io.planmon.events.indicator.ProjectionWarningV1;
import io.planmon.events.submission.SubmissionChangedV1;
import io.planmon.events.task.TaskOverdueV1;
import io.planmon.events.task.TaskStatusChangedV1;
import java.util.Arrays;
import java.util.Optional;

/** Every event type planmon publishes: its CloudEvents {@code type}, its topic and its payload record. */
public enum EventType {
    OBSERVATION_RECORDED("io.planmon.observation.recorded.v1", Topics.OBSERVATIONS, ObservationRecordedV1.class),
    INDICATOR_STATUS_CHANGED(
            "io.planmon.indicator.status-changed.v1", Topics.INDICATOR_STATUS, IndicatorStatusChangedV1.class),
    INDICATOR_DATA_OVERDUE("io.planmon.indicator.data-overdue.v1", Topics.INDICATOR_STATUS, DataOverdueV1.class),
    INDICATOR_DATA_DUE_SOON("io.planmon.indicator.data-due-soon.v1", Topics.INDICATOR_STATUS, DataDueSoonV1.class),
    INDICATOR_PROJECTION_WARNING(
            "io.planmon.indicator.projection-warning.v1", Topics.INDICATOR_STATUS, ProjectionWarningV1.class),
    INDICATOR_PROJECTION_RECOVERED(
            "io.planmon.indicator.projection-recovered.v1", Topics.INDICATOR_STATUS, ProjectionRecoveredV1.class),
    TASK_STATUS_CHANGED("io.planmon.task.status-changed.v1", Topics.TASKS, TaskStatusChangedV1.class),
    TASK_OVERDUE("io.planmon.task.overdue.v1", Topics.TASKS, TaskOverdueV1.class),
    ALERT_CHANGED("io.planmon.alert.changed.v1", Topics.ALERTS, AlertChangedV1.class),
    SUBMISSION_CHANGED("io.planmon.submission.changed.v1", Topics.SUBMISSIONS, SubmissionChangedV1.class);

    private final String type;
    private final String topic;
    private final Class<?> payload;

    EventType(String type, String topic, Class<?> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<?> payload() {
        return payload;
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
