package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.planmon.notification.support.AlertEvents.taskStatus;
import static io.planmon.notification.support.AlertEvents.uniqueTaskId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import io.planmon.events.Topics;
import io.planmon.events.alert.AlertChangedV1;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.SseClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The live stream read over HTTP: it shows changes of this instance and of any other, as they come off the alerts
 * topic, in the {change, alert} shape of the API, scoped to a reporter's department. The stream starts at the newest
 * offset, so each test keeps publishing until the connected client has seen one of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class AlertStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Test
    void aChangeMadeHereIsStreamedAsTheApiShowsTheAlertUnderTheTasksCode() throws Exception {
        try (SseClient client = new SseClient(stream)) {
            List<Long> tasks = new CopyOnWriteArrayList<>();
            JsonNode element = until(
                    client,
                    () -> {
                        long task = uniqueTaskId();
                        tasks.add(task);
                        publish(taskStatus(task, "STATS", "IN_PROGRESS", "BEHIND"));
                    },
                    e -> tasks.stream().anyMatch(t -> ("T-" + t)
                            .equals(e.at("/alert/subjectCode").asText())));

            assertThat(element.get("change").asText()).isEqualTo("FIRED");
            JsonNode alert = element.get("alert");
            String code = alert.get("subjectCode").asText();
            assertThat(alert.get("subjectType").asText()).isEqualTo("TASK");
            assertThat(alert.get("link").asText()).isEqualTo("/api/v1/tasks/" + code.substring(2));
            assertThat(alert.get("numbers").get("percent").asInt()).isEqualTo(40);

            // The element's alert is the API's view of it, field for field; times as the change made them (nanoseconds)
            // in the stream, as the database rounded them to microseconds in the API.
            awaitAlert(code, "FIRING");
            ObjectNode listed = (ObjectNode) JSON.readTree(given().queryParam("subject", code)
                            .get("/api/v1/alerts")
                            .asString())
                    .get(0);
            ObjectNode streamed = alert.deepCopy();
            for (String field : List.of("firedAt", "updatedAt")) {
                assertThat(Instant.parse(streamed.remove(field).asText()))
                        .as(field)
                        .isCloseTo(Instant.parse(listed.remove(field).asText()), within(1, ChronoUnit.MICROS));
            }
            assertThat(streamed).isEqualTo(listed);
        }
    }

    @Test
    void aChangeAnotherInstanceMadeIsStreamedHereAndUnreadableMessagesAreSkipped() throws Exception {
        try (SseClient client = new SseClient(stream)) {
            List<Long> published = new CopyOnWriteArrayList<>();
            JsonNode element = until(
                    client,
                    () -> {
                        // Garbage first, on the same key: the stream must get past it to the real event.
                        String key = UUID.randomUUID().toString();
                        TestKafka.send(Topics.ALERTS, key, "{\"not\":\"an event\"}");
                        TestKafka.send(Topics.ALERTS, key, "not even JSON");
                        long id = foreignId();
                        published.add(id);
                        TestKafka.send(Topics.ALERTS, key, EventCodec.encode(elsewhere(id, "ECO")));
                    },
                    e -> published.contains(e.at("/alert/id").asLong()));

            assertThat(element.get("change").asText()).isEqualTo("ACKNOWLEDGED");
            JsonNode alert = element.get("alert");
            assertThat(alert.get("subjectCode").asText()).isEqualTo("SYNTHETIC_ELSEWHERE");
            assertThat(alert.get("department").asText()).isEqualTo("ECO");
            assertThat(alert.get("state").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(alert.get("periods").asInt()).isEqualTo(2);
            assertThat(alert.get("firstPeriod").asText()).isEqualTo("2026Q1");
            assertThat(alert.get("numbers").get("gap").decimalValue()).isEqualByComparingTo("-6.95");
            assertThat(alert.get("acknowledgedBy").asText()).isEqualTo("eco-office");
            assertThat(alert.get("silenced").asBoolean()).isFalse();
            assertThat(alert.get("escalated").asBoolean()).isTrue();
            assertThat(Instant.parse(alert.get("updatedAt").asText())).isEqualTo(Instant.parse("2026-05-02T08:00:00Z"));
        }
    }

    @Test
    @TestSecurity(user = "stats-system", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void aReporterStreamsOnlyItsOwnDepartmentsChanges() throws Exception {
        try (SseClient client = new SseClient(stream)) {
            List<Long> own = new CopyOnWriteArrayList<>();
            until(
                    client,
                    () -> {
                        // One key, one partition: the other department's change is read before the own one.
                        String key = UUID.randomUUID().toString();
                        TestKafka.send(Topics.ALERTS, key, EventCodec.encode(elsewhere(foreignId(), "ECO")));
                        long id = foreignId();
                        own.add(id);
                        TestKafka.send(Topics.ALERTS, key, EventCodec.encode(elsewhere(id, "STATS")));
                    },
                    e -> own.contains(e.at("/alert/id").asLong()));

            assertThat(client.events()).isNotEmpty().allSatisfy(e -> assertThat(
                            e.at("/alert/department").asText())
                    .isEqualTo("STATS"));
        }
    }

    @Test
    void anEventOfAnOlderInstanceIsStreamedWithTheStoredAlert() throws Exception {
        String code = uniqueCode();
        publish(status(code, "HEALTH", "2026", "ON_TRACK", "AT_RISK"));
        long id = id(awaitAlert(code, "FIRING"));
        // What an instance of the previous version publishes: the summary only.
        AlertChangedV1 lean = new AlertChangedV1(
                id,
                "INDICATOR",
                code,
                null,
                "STATUS",
                "WARNING",
                "FIRING",
                "HEALTH",
                5,
                "2026",
                "摘要",
                "summary",
                "/api/v1/indicators/" + code,
                Instant.now(),
                "CONTINUED");
        try (SseClient client = new SseClient(stream)) {
            JsonNode element = until(
                    client,
                    () -> TestKafka.send(
                            Topics.ALERTS,
                            Long.toString(id),
                            EventCodec.encode(
                                    CloudEvent.of(EventType.ALERT_CHANGED, "/notification-service", "" + id, lean))),
                    e -> e.at("/alert/id").asLong() == id
                            && "CONTINUED".equals(e.path("change").asText()));
            assertThat(element.at("/alert/reasonEn").asText())
                    .isEqualTo("actual 125.0 is below the expected 131.95, progress ratio 0.782 < 0.85");
            assertThat(element.at("/alert/firedAt").isNull()).isFalse();
        }
    }

    /** Publishes with {@code publish} until the client has received an element matching {@code mine}; returns it. */
    private static JsonNode until(SseClient client, Publisher publish, Predicate<JsonNode> mine) {
        return await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            publish.run();
                            return client.events().stream().filter(mine).findFirst();
                        },
                        Optional::isPresent)
                .orElseThrow();
    }

    /** A send that may throw. */
    @FunctionalInterface
    private interface Publisher {
        void run() throws Exception;
    }

    /** An alert id far beyond this database's: a change another instance (with its own database) made. */
    private static long foreignId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }

    /** An ACKNOWLEDGED change as another instance publishes it (synthetic data). */
    static CloudEvent<AlertChangedV1> elsewhere(long id, String department) {
        AlertChangedV1 data = new AlertChangedV1(
                id,
                "INDICATOR",
                "SYNTHETIC_ELSEWHERE",
                "合成测试指标",
                "STATUS",
                "CRITICAL",
                "ACKNOWLEDGED",
                department,
                5,
                "2026Q2",
                "摘要",
                "summary",
                "/api/v1/indicators/SYNTHETIC_ELSEWHERE",
                Instant.parse("2026-05-02T08:00:00Z"),
                "ACKNOWLEDGED",
                "ECONOMY",
                "2026Q1",
                2,
                "OFF_TRACK",
                Map.of("value", "125.0", "expected", "131.95", "gap", "-6.95"),
                "实际值低于预期（合成）",
                "below the expected value (synthetic)",
                null,
                Instant.parse("2026-04-01T08:00:00Z"),
                Instant.parse("2026-05-02T08:00:00Z"),
                "eco-office",
                "已知",
                Instant.parse("2026-04-01T12:00:00Z"),
                null);
        return CloudEvent.of(EventType.ALERT_CHANGED, "/notification-service", Long.toString(id), data);
    }
}
