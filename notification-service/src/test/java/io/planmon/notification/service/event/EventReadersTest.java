package io.planmon.notification.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.indicator.DataDueSoonV1;
import io.planmon.events.indicator.DataOverdueV1;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import io.planmon.events.task.TaskOverdueV1;
import io.planmon.events.task.TaskStatusChangedV1;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.Signal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each plan event says about alerts: the severity rules of docs/spec.md#alerts, read by one reader per type. */
class EventReadersTest {
    private static final EventReaders READERS = new EventReaders(List.of(
            new IndicatorStatusReader(),
            new DataOverdueReader(Map::of),
            new DataDueSoonReader(Map::of),
            new ProjectionWarningReader(),
            new ProjectionRecoveredReader(),
            new ObservationRecordedReader(Map::of),
            new TaskStatusReader(),
            new TaskOverdueReader()));

    private static List<Signal> indicator(String status, BigDecimal value) {
        var data = new IndicatorStatusChangedV1(
                "GDP_PER_CAPITA",
                "人均地区生产总值",
                "ECONOMY",
                5,
                "STATS",
                "2026",
                "ON_TRACK",
                status,
                value,
                null,
                null,
                null,
                null,
                "原因",
                "reason");
        return READERS.signals(CloudEvent.of(EventType.INDICATOR_STATUS_CHANGED, "/t", "GDP_PER_CAPITA", data));
    }

    @ParameterizedTest
    @CsvSource({"AT_RISK,WARNING", "OFF_TRACK,CRITICAL"})
    void aFailingStatusRaisesTheStatusConditionWithItsSeverity(String status, Severity severity) {
        Signal s = indicator(status, null).get(0);
        assertThat(s.condition()).isEqualTo(Condition.STATUS);
        assertThat(s.severity()).isEqualTo(severity);
    }

    @Test
    void onTrackClearsAndAValueAlsoClearsOverdueDataAndTheReminder() {
        assertThat(indicator("ON_TRACK", new BigDecimal("131.0")))
                .extracting(Signal::condition, Signal::clears)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Condition.STATUS, true),
                        org.assertj.core.groups.Tuple.tuple(Condition.DATA_OVERDUE, true),
                        org.assertj.core.groups.Tuple.tuple(Condition.DATA_DUE_SOON, true));
    }

    @Test
    void aValueDueSoonIsAnInfoReminderOfItsPeriodAndTheOverdueNoticeOfThePeriodClearsIt() {
        var soon =
                new DataDueSoonV1("GDP_GROWTH", "地区生产总值增速", "ECONOMY", 5, "STATS", "2026Q1", LocalDate.of(2026, 4, 30));
        assertThat(READERS.signals(CloudEvent.of(EventType.INDICATOR_DATA_DUE_SOON, "/t", "GDP_GROWTH", soon)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.condition()).isEqualTo(Condition.DATA_DUE_SOON);
                    assertThat(s.severity()).isEqualTo(Severity.INFO);
                    assertThat(s.period()).isEqualTo("2026Q1");
                    assertThat(s.department()).isEqualTo("STATS");
                    assertThat(s.numbers()).containsEntry("dueDate", "2026-04-30");
                });
        var overdue =
                new DataOverdueV1("GDP_GROWTH", "地区生产总值增速", "ECONOMY", 5, "STATS", "2026Q1", LocalDate.of(2026, 4, 30));
        assertThat(READERS.signals(CloudEvent.of(EventType.INDICATOR_DATA_OVERDUE, "/t", "GDP_GROWTH", overdue)))
                .extracting(Signal::condition, Signal::clears, Signal::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Condition.DATA_OVERDUE, false, "2026Q1"),
                        org.assertj.core.groups.Tuple.tuple(Condition.DATA_DUE_SOON, true, "2026Q1"));
    }

    @Test
    void achievedAlsoClearsTheProjectionWarningAndStatusesWithoutAVerdictSayNothing() {
        assertThat(indicator("ACHIEVED", null))
                .extracting(Signal::condition)
                .containsExactly(Condition.STATUS, Condition.PROJECTION_MISS);
        assertThat(indicator("AWAITING_REFERENCE", null)).isEmpty();
        assertThat(indicator("NO_TARGET", null)).isEmpty();
    }

    @Test
    void aRecoveredProjectionClearsOnlyTheProjectionMissWithTheNumbersThatRecovered() {
        var data = new ProjectionRecoveredV1(
                "GDP_PER_CAPITA",
                "人均地区生产总值",
                "ECONOMY",
                5,
                "STATS",
                2035,
                new BigDecimal("210.00"),
                new BigDecimal("200"),
                new BigDecimal("4.10"),
                "可达到",
                "reaching it");
        List<Signal> signals =
                READERS.signals(CloudEvent.of(EventType.INDICATOR_PROJECTION_RECOVERED, "/t", "GDP_PER_CAPITA", data));
        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.condition()).isEqualTo(Condition.PROJECTION_MISS);
            assertThat(s.clears()).isTrue();
            assertThat(s.subjectCode()).isEqualTo("GDP_PER_CAPITA");
            assertThat(s.period()).as("a projection belongs to no period").isNull();
            assertThat(s.status()).isEqualTo("PROJECTION_MET");
            assertThat(s.numbers()).containsEntry("projectedValue", "210.00").containsEntry("targetYear", "2035");
            assertThat(s.reasonEn()).isEqualTo("reaching it");
        });
    }

    @ParameterizedTest
    @CsvSource({"BEHIND,WARNING", "OVERDUE,CRITICAL", "COMPLETED,", "IN_PROGRESS,"})
    void taskStatusesMapToSeverities(String status, Severity severity) {
        var data = new TaskStatusChangedV1(
                7,
                "T-7",
                12,
                "任务",
                "Task",
                "DRC",
                List.of(),
                "IN_PROGRESS",
                status,
                40,
                LocalDate.of(2026, 6, 30),
                null);
        Signal s = READERS.signals(CloudEvent.of(EventType.TASK_STATUS_CHANGED, "/t", "7", data))
                .get(0);
        assertThat(s.severity()).isEqualTo(severity);
        assertThat(s.subjectCode()).as("people name tasks by their code").isEqualTo("T-7");
        assertThat(s.subject().link()).as("the tasks API addresses them by id").isEqualTo("/api/v1/tasks/7");
        assertThat(s.numbers()).containsEntry("percent", "40").containsEntry("due", "2026-06-30");
    }

    @Test
    void anOverdueTaskIsNamedByItsCodeAndATaskEventWithoutACodeByItsId() {
        var overdue = new TaskOverdueV1(8, "T50-02", 50, "任务", "Task", "DRC", List.of(), LocalDate.of(2026, 6, 30), 40);
        Signal s = READERS.signals(CloudEvent.of(EventType.TASK_OVERDUE, "/t", "8", overdue))
                .get(0);
        assertThat(s.subjectCode()).isEqualTo("T50-02");
        assertThat(s.subject().link()).isEqualTo("/api/v1/tasks/8");
        assertThat(s.reasonEn()).startsWith("Task T50-02 is overdue");

        var noCode = new TaskOverdueV1(9, null, 50, "任务", "Task", "DRC", List.of(), LocalDate.of(2026, 6, 30), 40);
        Signal fallback = READERS.signals(CloudEvent.of(EventType.TASK_OVERDUE, "/t", "9", noCode))
                .get(0);
        assertThat(fallback.subjectCode()).isEqualTo("9");
        assertThat(fallback.subject().link()).isEqualTo("/api/v1/tasks/9");
    }

    @Test
    void indicatorsAreNamedAndLinkedByTheirCode() {
        assertThat(indicator("OFF_TRACK", null).get(0))
                .extracting(Signal::subjectCode, s -> s.subject().link())
                .containsExactly("GDP_PER_CAPITA", "/api/v1/indicators/GDP_PER_CAPITA");
    }

    @Test
    void anObservationClearsItsPeriodsOverdueDataAndReminderAndTheFeedShowsItUnderTheEventsSubject() {
        var data = new ObservationRecordedV1(
                "GDP_PER_CAPITA",
                "人均地区生产总值",
                "2025",
                new BigDecimal("131.0"),
                "元",
                1,
                null,
                "STATS",
                "alice",
                null,
                Instant.EPOCH);
        var event = CloudEvent.of(EventType.OBSERVATION_RECORDED, "/t", "GDP_PER_CAPITA", data);
        assertThat(READERS.signals(event))
                .extracting(Signal::condition, Signal::clears, Signal::period)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Condition.DATA_OVERDUE, true, "2025"),
                        org.assertj.core.groups.Tuple.tuple(Condition.DATA_DUE_SOON, true, "2025"));
        assertThat(READERS.describe(event)).hasValueSatisfying(d -> {
            assertThat(d.subject()).isEqualTo("GDP_PER_CAPITA");
            assertThat(d.summaryEn()).isEqualTo("STATS reported GDP_PER_CAPITA 2025 = 131.0 (revision 1)");
        });
    }

    @Test
    void anEventOfATypeWithoutAReaderSaysNothing() {
        // alert.changed comes back on the alerts topic for the live stream only
        var alert = new CloudEvent<>("1.0", "e-1", "/t", EventType.ALERT_CHANGED.type(), "1", null, null, "{}");
        assertThat(READERS.signals(alert)).isEmpty();
        assertThat(READERS.describe(alert)).isEmpty();
    }

    @Test
    void twoReadersOfOneTypeAreRefused() {
        assertThatThrownBy(() -> new EventReaders(List.of(new TaskOverdueReader(), new TaskOverdueReader())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TASK_OVERDUE");
    }
}
