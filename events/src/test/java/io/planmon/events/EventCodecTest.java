package io.planmon.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeRoundTrips(EventType type) {
        CloudEvent<Object> event = CloudEvent.of(type, "/test", "SUBJECT-1", sample(type));

        CloudEvent<?> back = EventCodec.decode(EventCodec.encode(event)).orElseThrow();

        assertThat(back).isEqualTo(event);
        assertThat(back.data()).isInstanceOf(type.payload());
        assertThat(back.specversion()).isEqualTo("1.0");
    }

    @Test
    void everyTopicHasAtLeastOneType() {
        Set<String> topics =
                Set.of(Topics.OBSERVATIONS, Topics.INDICATOR_STATUS, Topics.TASKS, Topics.ALERTS, Topics.SUBMISSIONS);
        assertThat(Stream.of(EventType.values()).map(EventType::topic)).containsAll(topics);
        assertThat(EnumSet.allOf(EventType.class))
                .allSatisfy(t -> assertThat(t.type()).startsWith("io.planmon.").endsWith(".v1"));
    }

    @Test
    void unknownFieldsInEnvelopeAndPayloadAreIgnored() {
        String json =
                """
                {"specversion":"1.0","id":"e-1","source":"/indicator-service","type":"io.planmon.observation.recorded.v1",
                 "subject":"GDP_GROWTH","time":"2026-03-01T08:00:00Z","datacontenttype":"application/json",
                 "traceparent":"00-abc-def-01",
                 "data":{"indicatorCode":"GDP_GROWTH","period":"2026","value":5.5,"revision":1,"addedInV2":{"x":1}}}
                """;

        CloudEvent<?> event = EventCodec.decode(json).orElseThrow();

        ObservationRecordedV1 data = (ObservationRecordedV1) event.data();
        assertThat(data.indicatorCode()).isEqualTo("GDP_GROWTH");
        assertThat(data.value()).isEqualByComparingTo("5.5");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void anAlertChangedWrittenBeforeTheChangeFieldDecodesWithoutIt() {
        String json =
                """
                {"specversion":"1.0","id":"e-3","source":"/notification-service","type":"io.planmon.alert.changed.v1",
                 "subject":"3","time":"2026-03-01T08:00:00Z","datacontenttype":"application/json",
                 "data":{"alertId":3,"subjectType":"INDICATOR","subjectCode":"GDP_GROWTH","condition":"STATUS",
                 "severity":"CRITICAL","state":"FIRING","link":"/api/v1/indicators/GDP_GROWTH",
                 "changedAt":"2026-03-01T08:00:00Z"}}
                """;

        AlertChangedV1 data =
                (AlertChangedV1) EventCodec.decode(json).orElseThrow().data();

        assertThat(data.alertId()).isEqualTo(3L);
        assertThat(data.state()).isEqualTo("FIRING");
        assertThat(data.change()).isNull();
        assertThat(data.complete()).isFalse();
        assertThat(data.numbers()).isNull();
    }

    @Test
    void anAlertChangedCarriesTheWholeAlertAndItsNumbersAsExactText() {
        CloudEvent<Object> event =
                CloudEvent.of(EventType.ALERT_CHANGED, "/test", "3", sample(EventType.ALERT_CHANGED));

        String json = EventCodec.encode(event);
        AlertChangedV1 back =
                (AlertChangedV1) EventCodec.decode(json).orElseThrow().data();

        assertThat(json).contains("\"value\":\"5.10\"").doesNotContain("\"complete\"");
        assertThat(back.complete()).isTrue();
        assertThat(back.numbers()).containsEntry("value", "5.10");
        assertThat(back.periods()).isEqualTo(2);
        assertThat(back.acknowledgedBy()).isEqualTo("office");
    }

    @Test
    void anUnknownTypeIsSkippedNotFailed() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"e-2\",\"type\":\"io.planmon.future.v9\",\"data\":{}}";
        assertThat(EventCodec.decode(json)).isEmpty();
    }

    @Test
    void theRecoveryTravelsWithTheWarningAndAReaderThatDoesNotKnowItSkipsIt() {
        assertThat(EventType.INDICATOR_PROJECTION_RECOVERED.topic())
                .isEqualTo(EventType.INDICATOR_PROJECTION_WARNING.topic())
                .isEqualTo(Topics.INDICATOR_STATUS);
        String json = EventCodec.encode(CloudEvent.of(
                EventType.INDICATOR_PROJECTION_RECOVERED,
                "/indicator-service",
                "GDP_PER_CAPITA",
                sample(EventType.INDICATOR_PROJECTION_RECOVERED)));
        assertThat(json).contains("\"type\":\"io.planmon.indicator.projection-recovered.v1\"");

        // A consumer built before the type existed looks the type up the same way and finds nothing: it skips the
        // event (the inbox counts it "skipped") instead of parking it as poison.
        String unknownToThatReader = json.replace("projection-recovered.v1", "projection-recovered-unknown.v1");
        assertThat(EventCodec.decode(unknownToThatReader)).isEmpty();
    }

    @Test
    void aSubmissionStepTravelsOnItsOwnTopicWithTheFiguresItIsAbout() {
        assertThat(EventType.SUBMISSION_CHANGED.topic()).isEqualTo("planmon.submissions.v1");
        CloudEvent<Object> event =
                CloudEvent.of(EventType.SUBMISSION_CHANGED, "/test", "12", sample(EventType.SUBMISSION_CHANGED));

        String json = EventCodec.encode(event);
        SubmissionChangedV1 back =
                (SubmissionChangedV1) EventCodec.decode(json).orElseThrow().data();

        assertThat(json).contains("\"type\":\"io.planmon.submission.changed.v1\"");
        assertThat(back.values())
                .extracting(SubmissionChangedV1.Value::indicatorCode)
                .containsExactly("GDP_PER_CAPITA", "RETAIL_SALES");
        assertThat(back.values().get(1).value()).isNull();
        assertThat(back.state()).isEqualTo("APPROVED");
    }

    @Test
    void malformedMessagesAreInvalidEvents() {
        assertThatThrownBy(() -> EventCodec.decode("not json")).isInstanceOf(EventCodec.InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("{\"type\":\"io.planmon.task.overdue.v1\"}"))
                .isInstanceOf(EventCodec.InvalidEventException.class)
                .hasMessageContaining("id and type");
        assertThatThrownBy(() -> EventCodec.decode("{\"id\":\"e\",\"type\":\"io.planmon.task.overdue.v1\"}"))
                .isInstanceOf(EventCodec.InvalidEventException.class)
                .hasMessageContaining("no data");
    }

    @Test
    void aPayloadOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> CloudEvent.of(EventType.TASK_OVERDUE, "/t", "1", "text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Object sample(EventType type) {
        BigDecimal v = new BigDecimal("131.95");
        Instant now = Instant.parse("2026-05-01T10:15:30Z");
        LocalDate due = LocalDate.of(2027, 3, 31);
        return switch (type) {
            case OBSERVATION_RECORDED ->
                new ObservationRecordedV1(
                        "GDP_PER_CAPITA",
                        "人均地区生产总值",
                        "2026",
                        v,
                        "CNY",
                        2,
                        BigDecimal.ONE,
                        "STATS",
                        "dept-stats",
                        "revised",
                        now);
            case INDICATOR_STATUS_CHANGED ->
                new IndicatorStatusChangedV1(
                        "GDP_PER_CAPITA",
                        "人均地区生产总值",
                        "HIGH_QUALITY_DEVELOPMENT",
                        6,
                        "STATS",
                        "2026",
                        "ON_TRACK",
                        "AT_RISK",
                        v,
                        v,
                        BigDecimal.ZERO,
                        null,
                        new BigDecimal("0.876"),
                        "原因",
                        "reason");
            case INDICATOR_DATA_OVERDUE ->
                new DataOverdueV1("GDP_GROWTH", "地区生产总值增速", "HIGH_QUALITY_DEVELOPMENT", 6, "STATS", "2026", due);
            case INDICATOR_DATA_DUE_SOON ->
                new DataDueSoonV1("GDP_GROWTH", "地区生产总值增速", "HIGH_QUALITY_DEVELOPMENT", 6, "STATS", "2026Q1", due);
            case INDICATOR_PROJECTION_WARNING ->
                new ProjectionWarningV1(
                        "GDP_PER_CAPITA",
                        "人均地区生产总值",
                        "HIGH_QUALITY_DEVELOPMENT",
                        6,
                        "STATS",
                        2035,
                        v,
                        v,
                        new BigDecimal("0.052"),
                        "原因",
                        "reason");
            case INDICATOR_PROJECTION_RECOVERED ->
                new ProjectionRecoveredV1(
                        "GDP_PER_CAPITA",
                        "人均地区生产总值",
                        "HIGH_QUALITY_DEVELOPMENT",
                        6,
                        "STATS",
                        2035,
                        new BigDecimal("267.85"),
                        new BigDecimal("250"),
                        new BigDecimal("8.31"),
                        "原因",
                        "reason");
            case TASK_STATUS_CHANGED ->
                new TaskStatusChangedV1(
                        7L,
                        "T20-01",
                        20,
                        "建成上海示范区线",
                        "Shanghai Demonstration Zone line",
                        "TRANSPORT",
                        List.of("QINGPU_NEW_CITY"),
                        "IN_PROGRESS",
                        "BEHIND",
                        10,
                        due,
                        "behind schedule");
            case TASK_OVERDUE ->
                new TaskOverdueV1(
                        7L,
                        "T20-01",
                        20,
                        "建成上海示范区线",
                        "Shanghai Demonstration Zone line",
                        "TRANSPORT",
                        List.of(),
                        due,
                        80);
            case ALERT_CHANGED ->
                new AlertChangedV1(
                        3L,
                        "INDICATOR",
                        "GDP_GROWTH",
                        "地区生产总值增速",
                        "OFF_TRACK",
                        "CRITICAL",
                        "FIRING",
                        "STATS",
                        6,
                        "2026",
                        "摘要",
                        "summary",
                        "/api/v1/indicators/GDP_GROWTH",
                        now,
                        "ACKNOWLEDGED",
                        "HIGH_QUALITY_DEVELOPMENT",
                        "2025",
                        2,
                        "OFF_TRACK",
                        java.util.Map.of("value", "5.10", "expected", "5.5"),
                        "原因",
                        "reason",
                        null,
                        now,
                        now,
                        "office",
                        "已核实",
                        null,
                        null);
            case SUBMISSION_CHANGED ->
                new SubmissionChangedV1(
                        12L,
                        "STATS",
                        "2026",
                        "ANNUAL",
                        "APPROVED",
                        "SUBMITTED",
                        "APPROVED",
                        "monitor",
                        "checked against the yearbook",
                        now,
                        List.of(
                                new SubmissionChangedV1.Value("GDP_PER_CAPITA", v, 2),
                                new SubmissionChangedV1.Value("RETAIL_SALES", null, null)));
        };
    }
}
