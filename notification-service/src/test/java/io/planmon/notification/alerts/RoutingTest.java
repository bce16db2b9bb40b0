package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.awaitEntry;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.acknowledge;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.awaitAlerts;
import static io.planmon.notification.support.AlertApi.deliveriesOf;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.rule;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.AlertEvents.dataOverdue;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.MovableClock;
import io.planmon.notification.support.WebhookServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules, silences, escalation and suppression, seen through the deliveries they cause (or keep back). */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class RoutingTest {
    private static final String SECRET = "test-secret-0123456789";

    @Inject
    MovableClock clock;

    @Test
    void aSilenceKeepsTheAlertVisibleButMutedUntilItExpires() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(0)) {
            rule(department, 1, webhook("silence hook", hook.url(), SECRET, department, false));
            String code = uniqueCode();
            Instant expiry = clock.instant().plus(Duration.ofHours(1));
            int silence = given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "subject",
                            code,
                            "condition",
                            "status",
                            "reason",
                            "统计口径调整，待新口径数据（合成测试）",
                            "expiresAt",
                            expiry.toString()))
                    .post("/api/v1/silences")
                    .then()
                    .statusCode(201)
                    .body("author", equalTo("office"))
                    .body("condition", equalTo("STATUS"))
                    .body("active", equalTo(true))
                    .extract()
                    .path("id");

            publish(status(code, department, "2026", "ON_TRACK", "OFF_TRACK"));
            Map<String, Object> alert = awaitAlert(code, "FIRING");
            assertThat(alert).containsEntry("silenced", true).containsEntry("silencedBy", silence);
            assertThat(deliveriesOf(id(alert))).isEmpty();

            clock.advance(Duration.ofHours(2));
            awaitAlerts(code, list -> Boolean.FALSE.equals(list.get(0).get("silenced")));
            await().atMost(PATIENCE).until(() -> hook.calls().size() == 1);
            assertThat(hook.calls().get(0).text())
                    .contains("\"change\":\"UNSILENCED\"")
                    .contains(code);
            given().get("/api/v1/silences")
                    .then()
                    .statusCode(200)
                    .body("findAll { it.id == " + silence + " }.size()", equalTo(0));
            given().queryParam("all", true)
                    .get("/api/v1/silences")
                    .then()
                    .body("find { it.id == " + silence + " }.active", equalTo(false));
        }
    }

    @Test
    void aSilenceAppliesToAlertsAlreadyOpenAndDeletingItEndsIt() throws Exception {
        String code = uniqueCode();
        publish(status(code, "ECO", "2026", "ON_TRACK", "AT_RISK"));
        awaitAlert(code, "FIRING");
        int silence = given().contentType(ContentType.JSON)
                .body(Map.of("subject", code, "reason", "known", "expiresAt", "2099-01-01T00:00:00Z"))
                .post("/api/v1/silences")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(awaitAlert(code, "FIRING")).containsEntry("silenced", true);
        given().delete("/api/v1/silences/{id}", silence).then().statusCode(200).body("active", equalTo(false));
        assertThat(awaitAlert(code, "FIRING")).containsEntry("silenced", false);
    }

    @Test
    void silenceInputErrorsNameTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "X", "expiresAt", "2099-01-01T00:00:00Z"))
                .post("/api/v1/silences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "r", "expiresAt", "2099-01-01T00:00:00Z"))
                .post("/api/v1/silences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("subject"));
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "X", "reason", "r", "expiresAt", "tomorrow"))
                .post("/api/v1/silences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "X", "reason", "r", "expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/v1/silences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresAt"));
        given().contentType(ContentType.JSON)
                .body(Map.of("severity", "LOUD", "reason", "r", "expiresAt", "2099-01-01T00:00:00Z"))
                .post("/api/v1/silences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("severity"));
    }

    @Test
    void anUnacknowledgedCriticalAlertEscalatesAfterTheConfiguredTime() throws Exception {
        try (WebhookServer hook = new WebhookServer(0)) {
            webhook("office escalation", hook.url(), SECRET, null, true);
            String code = uniqueCode();
            String acknowledged = uniqueCode();
            publish(status(code, "STATS", "2026", "ON_TRACK", "OFF_TRACK"));
            publish(status(acknowledged, "STATS", "2026", "ON_TRACK", "OFF_TRACK"));
            long id = id(awaitAlert(code, "FIRING"));
            long ackId = id(awaitAlert(acknowledged, "FIRING"));
            acknowledge(ackId);
            assertThat(awaitAlert(code, "FIRING")).containsEntry("escalated", false);

            clock.advance(Duration.ofHours(5));
            awaitAlerts(code, list -> Boolean.TRUE.equals(list.get(0).get("escalated")));
            await().atMost(PATIENCE).until(() -> deliveriesOf(id).stream()
                    .anyMatch(d -> "ESCALATED".equals(d.get("change")) && "SENT".equals(d.get("status"))));
            assertThat(awaitAlert(acknowledged, "ACKNOWLEDGED")).containsEntry("escalated", false);
            assertThat(deliveriesOf(ackId)).noneMatch(d -> "ESCALATED".equals(d.get("change")));
        }
    }

    @Test
    void aRuleWithAHoldOfTwoPeriodsWaitsForTheSecondPeriod() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer now = new WebhookServer(0);
                WebhookServer patient = new WebhookServer(0)) {
            rule(department, 1, webhook("at once", now.url(), SECRET, null, false));
            rule(department, 2, webhook("after two quarters", patient.url(), SECRET, null, false));
            String code = uniqueCode();
            publish(status(code, department, "2026Q1", "ON_TRACK", "OFF_TRACK"));
            long id = id(awaitAlert(code, "FIRING"));
            await().atMost(PATIENCE).until(() -> now.calls().size() == 1);
            assertThat(patient.calls()).isEmpty();

            publish(status(code, department, "2026Q2", "OFF_TRACK", "OFF_TRACK"));
            await().atMost(PATIENCE).until(() -> patient.calls().size() == 1);
            assertThat(patient.calls().get(0).text())
                    .contains("\"change\":\"CONTINUED\"")
                    .contains("\"periods\":2");
            assertThat(deliveriesOf(id)).hasSize(3);
        }
    }

    @Test
    void overdueDataSuppressesTheOffTrackReminderOfTheSameIndicator() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(0)) {
            rule(department, 1, webhook("dept hook", hook.url(), SECRET, department, false));
            String code = uniqueCode();
            publish(dataOverdue(code, department, "2026Q3"));
            publish(status(code, department, "2026Q2", "ON_TRACK", "OFF_TRACK"));
            CloudEvent<?> marker = status(code, department, "2026Q2", "OFF_TRACK", "OFF_TRACK");
            publish(marker);
            awaitEntry(code, marker.id());
            awaitAlerts(code, list -> list.size() == 2);
            await().atMost(PATIENCE).until(() -> hook.calls().size() == 1);
            assertThat(hook.calls().get(0).text()).contains("\"condition\":\"DATA_OVERDUE\"");
            long offTrack = id(awaitAlerts(code, l -> true).stream()
                    .filter(a -> "STATUS".equals(a.get("condition")))
                    .findFirst()
                    .orElseThrow());
            assertThat(deliveriesOf(offTrack)).isEmpty();
        }
    }

    @Test
    void ruleAndReceiverInputErrorsNameTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "r", "receivers", new long[] {999_999_999}))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("receivers[0]"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "r", "holdPeriods", 0))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("holdPeriods"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "w", "kind", "WEBHOOK", "url", "ftp://x", "secret", SECRET))
                .post("/api/v1/receivers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "w", "kind", "WEBHOOK", "url", "http://localhost/x", "secret", "short"))
                .post("/api/v1/receivers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("secret"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "m", "kind", "PIGEON"))
                .post("/api/v1/receivers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aRuleIsReplacedInPlaceAndARuleNamingAMissingReceiverIsRefused() {
        String department = uniqueDepartment();
        int receiver = webhook("kept", "http://localhost:1/hook", SECRET, department, false);
        int id = rule(department, 1, receiver);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "replaced", "minSeverity", "CRITICAL", "holdPeriods", 3, "receivers", new int[0]))
                .put("/api/v1/rules/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("replaced"))
                .body("department", org.hamcrest.Matchers.nullValue())
                .body("holdPeriods", equalTo(3))
                .body("receivers.size()", equalTo(0));
        given().get("/api/v1/rules")
                .then()
                .statusCode(200)
                .body("findAll { it.id == %s }.name".formatted(id), org.hamcrest.Matchers.contains("replaced"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "r", "receivers", new long[] {999_999_999L}))
                .put("/api/v1/rules/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("receivers[0]"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "r"))
                .put("/api/v1/rules/{id}", 999_999_999)
                .then()
                .statusCode(404);
    }

    @Test
    void receiversNeverShowTheirSecretAndCanBeReplacedAndRemoved() {
        int id = webhook("replace me", "http://localhost:1/hook", SECRET, "ECO", false);
        given().get("/api/v1/receivers/{id}", id)
                .then()
                .statusCode(200)
                .body("secretSet", equalTo(true))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "replaced", "kind", "WEBHOOK", "url", "http://localhost:2/hook"))
                .put("/api/v1/receivers/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("replaced"))
                .body("secretSet", equalTo(true));
        given().delete("/api/v1/receivers/{id}", id).then().statusCode(204);
        given().get("/api/v1/receivers/{id}", id).then().statusCode(404);
    }
}
