package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.awaitEntry;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.alertsOf;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.awaitAlerts;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertEvents.dataOverdue;
import static io.planmon.notification.support.AlertEvents.projection;
import static io.planmon.notification.support.AlertEvents.projectionRecovered;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.planmon.notification.support.AlertEvents.taskOverdue;
import static io.planmon.notification.support.AlertEvents.taskStatus;
import static io.planmon.notification.support.AlertEvents.uniqueTaskId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.Topics;
import io.planmon.notification.service.alert.AlertEngine;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.KafkaClients;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class AlertLifecycleTest {

    @Inject
    AlertEngine engine;

    @Test
    void theSameEventTwiceIsOneAlertWithEverythingAReaderNeeds() throws Exception {
        String code = uniqueCode();
        CloudEvent<?> offTrack = status(code, "STATS", "2026", "ON_TRACK", "OFF_TRACK");
        publish(offTrack);
        publish(offTrack);
        // Same key, same partition: once the marker's feed entry is in, both copies were consumed.
        CloudEvent<?> marker = projection(code, "STATS");
        publish(marker);
        awaitEntry(code, marker.id());
        awaitAlerts(code, list -> list.size() == 2);

        List<Map<String, Object>> alerts = alertsOf(code);
        Map<String, Object> alert = alerts.stream()
                .filter(a -> "STATUS".equals(a.get("condition")))
                .findFirst()
                .orElseThrow();
        assertThat(alerts).filteredOn(a -> "STATUS".equals(a.get("condition"))).hasSize(1);
        assertThat(alert)
                .containsEntry("subjectType", "INDICATOR")
                .containsEntry("subjectCode", code)
                .containsEntry("subjectName", "人均地区生产总值（合成测试数据）")
                .containsEntry("severity", "CRITICAL")
                .containsEntry("state", "FIRING")
                .containsEntry("department", "STATS")
                .containsEntry("area", "ECONOMY")
                .containsEntry("article", 5)
                .containsEntry("period", "2026")
                .containsEntry("status", "OFF_TRACK")
                .containsEntry("periods", 1)
                .containsEntry("reasonEn", "actual 125.0 is below the expected 131.95, progress ratio 0.782 < 0.85")
                .containsEntry("link", "/api/v1/indicators/" + code)
                .containsEntry("silenced", false);
        assertThat((Map<String, Object>) alert.get("numbers"))
                .containsEntry("expected", 131.95f)
                .containsEntry("progressRatio", 0.782f);
        assertThat(alerts)
                .filteredOn(a -> "PROJECTION_MISS".equals(a.get("condition")))
                .singleElement()
                .satisfies(a -> assertThat(a).containsEntry("severity", "INFO"));
    }

    @Test
    void atRiskThenOffTrackIsOneAlertThatGrowsAndOnTrackResolvesItAnnounced() throws Exception {
        String code = uniqueCode();
        try (KafkaConsumer<String, String> announced = TestKafka.consumerFromStart(Topics.ALERTS)) {
            publish(status(code, "ECO", "2026Q1", "ON_TRACK", "AT_RISK"));
            Map<String, Object> first = awaitAlert(code, "FIRING");
            assertThat(first).containsEntry("severity", "WARNING");

            publish(status(code, "ECO", "2026Q2", "AT_RISK", "OFF_TRACK"));
            awaitAlerts(code, list -> "CRITICAL".equals(list.get(0).get("severity")));
            assertThat(alertsOf(code)).singleElement().satisfies(a -> assertThat(a)
                    .containsEntry("id", first.get("id"))
                    .containsEntry("periods", 2)
                    .containsEntry("firstPeriod", "2026Q1")
                    .containsEntry("period", "2026Q2"));

            publish(status(code, "ECO", "2026Q3", "OFF_TRACK", "ON_TRACK"));
            Map<String, Object> resolved = awaitAlert(code, "RESOLVED");
            assertThat(resolved).containsEntry("id", first.get("id")).containsEntry("status", "ON_TRACK");
            assertThat(resolved.get("resolvedAt")).isNotNull();

            // Every change is on planmon.alerts.v1, keyed by the alert id and naming the change: fired, severity,
            // resolved.
            String key = Long.toString(id(first));
            List<ConsumerRecord<String, String>> mine = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                KafkaClients.poll(announced).stream()
                        .filter(r -> key.equals(r.key()))
                        .forEach(mine::add);
                assertThat(mine).hasSize(3);
            });
            assertThat(mine)
                    .extracting(r -> EventCodec.decode(r.value()).orElseThrow().data())
                    .extracting(d -> (io.planmon.events.alert.AlertChangedV1) d)
                    .extracting(
                            io.planmon.events.alert.AlertChangedV1::state,
                            io.planmon.events.alert.AlertChangedV1::change)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("FIRING", "FIRED"),
                            org.assertj.core.groups.Tuple.tuple("FIRING", "SEVERITY_CHANGED"),
                            org.assertj.core.groups.Tuple.tuple("RESOLVED", "RESOLVED"));
        }

        // A new episode after recovery is a new alert.
        publish(status(code, "ECO", "2026Q4", "ON_TRACK", "AT_RISK"));
        awaitAlerts(code, list -> list.size() == 2);
        assertThat(alertsOf(code)).extracting(a -> a.get("state")).containsExactly("FIRING", "RESOLVED");
    }

    @Test
    void aLateRevisionOfAnEarlierPeriodDoesNotResolveTheAlert() throws Exception {
        String code = uniqueCode();
        publish(status(code, "ECO", "2026Q2", "ON_TRACK", "OFF_TRACK"));
        awaitAlert(code, "FIRING");
        publish(status(code, "ECO", "2026Q1", "OFF_TRACK", "ON_TRACK"));
        CloudEvent<?> marker = status(code, "ECO", "2026Q2", "OFF_TRACK", "OFF_TRACK");
        publish(marker);
        // The activity feed describes status events too.
        assertThat(awaitEntry(code, marker.id()))
                .containsEntry("department", "ECO")
                .containsEntry(
                        "summaryEn",
                        code + " 2026Q2: OFF_TRACK → OFF_TRACK (actual 125.0 is below the expected"
                                + " 131.95, progress ratio 0.782 < 0.85)");
        awaitAlerts(code, list -> list.size() == 1);
        assertThat(alertsOf(code))
                .singleElement()
                .satisfies(a -> assertThat(a).containsEntry("state", "FIRING").containsEntry("period", "2026Q2"));
    }

    @Test
    void concurrentDeliveriesOfOneIdentityMakeOneOpenAlert() throws Exception {
        String code = uniqueCode();
        List<Callable<Void>> consumers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String json =
                    EventCodec.encode(status(code, "STATS", "2026", "ON_TRACK", i % 2 == 0 ? "OFF_TRACK" : "AT_RISK"));
            consumers.add(() -> {
                engine.receive(json);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Void> f : pool.invokeAll(consumers)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(alertsOf(code)).hasSize(1);
    }

    @Test
    void anOverdueTaskIsCriticalIsNamedByItsCodeLinksToTheTaskAndCompletionResolvesIt() throws Exception {
        long task = uniqueTaskId();
        String subject = "T-" + task; // the task's code, as the events carry it
        publish(taskStatus(task, "DRC", "IN_PROGRESS", "BEHIND"));
        assertThat(awaitAlert(subject, "FIRING"))
                .containsEntry("severity", "WARNING")
                .containsEntry("subjectType", "TASK")
                .containsEntry("subjectCode", subject)
                .containsEntry("link", "/api/v1/tasks/" + task);
        assertThat(alertsOf(Long.toString(task)))
                .as("the id is no longer the alert's name")
                .isEmpty();

        CloudEvent<?> overdue = taskOverdue(task, "DRC");
        publish(overdue);
        // The activity feed still files task events under the task id.
        assertThat(awaitEntry(Long.toString(task), overdue.id()))
                .containsEntry("summaryEn", "Task T-" + task + " is overdue (due 2026-06-30, 40% done)");
        awaitAlerts(subject, list -> "CRITICAL".equals(list.get(0).get("severity")));
        assertThat(alertsOf(subject)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("status", "OVERDUE")
                .containsEntry("department", "DRC")
                .containsEntry("article", 12));

        publish(taskStatus(task, "DRC", "OVERDUE", "COMPLETED"));
        awaitAlert(subject, "RESOLVED");
    }

    @Test
    void dataOverdueIsAWarningThatTheArrivingValueResolves() throws Exception {
        String code = uniqueCode();
        publish(dataOverdue(code, "HEALTH", "2025"));
        assertThat(awaitAlert(code, "FIRING"))
                .containsEntry("condition", "DATA_OVERDUE")
                .containsEntry("severity", "WARNING")
                .containsEntry("period", "2025");
        publish(status(code, "HEALTH", "2025", null, "ON_TRACK"));
        awaitAlert(code, "RESOLVED");
    }

    @Test
    void aPoisonMessageOnTheStatusTopicGoesToTheDeadLetterTopic() throws Exception {
        String poison = "{\"id\":\"" + uniqueCode() + "\",\"type\":\"io.planmon.indicator.status-changed.v1\"}";
        try (KafkaConsumer<String, String> dlq = TestKafka.consumerFromStart("planmon.dlq.notification-service")) {
            TestKafka.send(Topics.INDICATOR_STATUS, "poison", poison);
            await().atMost(PATIENCE)
                    .until(() -> KafkaClients.poll(dlq).stream().anyMatch(r -> poison.equals(r.value())));
        }
        String code = uniqueCode();
        publish(status(code, "STATS", "2026", "ON_TRACK", "AT_RISK"));
        awaitAlert(code, "FIRING");
    }

    @Test
    void aRecoveredProjectionResolvesTheEarlyWarningAnnouncedAndAchievedStillDoes() throws Exception {
        String code = uniqueCode();
        try (KafkaConsumer<String, String> announced = TestKafka.consumerFromStart(Topics.ALERTS)) {
            publish(projection(code, "STATS"));
            Map<String, Object> fired = awaitAlert(code, "FIRING");
            assertThat(fired).containsEntry("condition", "PROJECTION_MISS").containsEntry("severity", "INFO");

            CloudEvent<?> recovery = projectionRecovered(code, "STATS");
            publish(recovery);
            Map<String, Object> resolved = awaitAlert(code, "RESOLVED");
            assertThat(resolved)
                    .containsEntry("id", fired.get("id"))
                    .containsEntry("status", "PROJECTION_MET")
                    .containsEntry("reasonEn", "the trend reaches 210.0 in 2035, meeting 200.0");
            assertThat(resolved.get("resolvedAt")).isNotNull();
            assertThat(awaitEntry(code, recovery.id()))
                    .containsEntry(
                            "summaryEn",
                            code + " projected 210.0 in 2035, meeting the target of 200.0 again:"
                                    + " early warning over");

            String key = Long.toString(id(fired));
            List<ConsumerRecord<String, String>> mine = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                KafkaClients.poll(announced).stream()
                        .filter(r -> key.equals(r.key()))
                        .forEach(mine::add);
                assertThat(mine).hasSize(2);
            });
            assertThat(mine)
                    .extracting(r -> (io.planmon.events.alert.AlertChangedV1)
                            EventCodec.decode(r.value()).orElseThrow().data())
                    .extracting(
                            io.planmon.events.alert.AlertChangedV1::state,
                            io.planmon.events.alert.AlertChangedV1::change,
                            io.planmon.events.alert.AlertChangedV1::condition)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("FIRING", "FIRED", "PROJECTION_MISS"),
                            org.assertj.core.groups.Tuple.tuple("RESOLVED", "RESOLVED", "PROJECTION_MISS"));
        }

        // A relapse is a new early warning; reaching the target (ACHIEVED) still resolves it.
        publish(projection(code, "STATS"));
        awaitAlerts(code, list -> list.size() == 2);
        publish(status(code, "STATS", "2035", "ON_TRACK", "ACHIEVED"));
        awaitAlerts(code, list -> list.stream().allMatch(a -> "RESOLVED".equals(a.get("state"))));
    }

    @Test
    void aRecoveryWithoutAnOpenEarlyWarningDoesNothing() throws Exception {
        String code = uniqueCode();
        publish(projectionRecovered(code, "STATS"));
        publish(projectionRecovered(code, "STATS"));
        // Same key, same partition: the warning is applied after both recoveries.
        publish(projection(code, "STATS"));
        awaitAlert(code, "FIRING");
        assertThat(alertsOf(code))
                .as("no alert was made of the recoveries, resolved or otherwise")
                .singleElement()
                .satisfies(a -> assertThat(a)
                        .containsEntry("condition", "PROJECTION_MISS")
                        .containsEntry("state", "FIRING"));
    }
}
