package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.awaitAlerts;
import static io.planmon.notification.support.AlertApi.deliveriesOf;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.WebhookServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Held for N consecutive periods" (docs/alerts.md "Rules"): a rule counts only consecutive periods, and only those
 * at its minimum severity or worse. A rule that routes every change at once ({@code now}) shows, by its delivery, that
 * a change was planned, so that the absence of the {@code patient} rule's delivery is a result, not a race.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class HoldPeriodsTest {
    private static final String SECRET = "hold-secret-0123456789";

    @Test
    void offTrackForTwoQuartersDoesNotCountAnAtRiskQuarter() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(0)) {
            int now = routeAtOnce(department, hook);
            int patient = routeAfterTwo(department, "CRITICAL", hook);

            String worsened = uniqueCode();
            publish(status(worsened, department, "2026Q1", "ON_TRACK", "AT_RISK"));
            publish(status(worsened, department, "2026Q2", "AT_RISK", "OFF_TRACK"));
            long worsenedId = id(awaitAlert(worsened, "FIRING"));
            assertThat(routedTo(worsenedId, now, 2))
                    .as("AT_RISK then OFF_TRACK is one quarter off track")
                    .doesNotContain((long) patient);
            publish(status(worsened, department, "2026Q3", "OFF_TRACK", "OFF_TRACK"));
            assertThat(routedTo(worsenedId, now, 3)).contains((long) patient);
        }
    }

    @Test
    void aQuarterWithoutAVerdictBreaksTheRun() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(0)) {
            int now = routeAtOnce(department, hook);
            int patient = routeAfterTwo(department, "CRITICAL", hook);

            String gap = uniqueCode();
            publish(status(gap, department, "2026Q1", "ON_TRACK", "OFF_TRACK"));
            publish(status(gap, department, "2026Q3", "OFF_TRACK", "OFF_TRACK"));
            long gapId = id(awaitAlert(gap, "FIRING"));
            assertThat(routedTo(gapId, now, 2))
                    .as("2026Q2 is missing: the run starts again")
                    .doesNotContain((long) patient);
            assertThat(awaitAlert(gap, "FIRING"))
                    .containsEntry("periods", 1)
                    .containsEntry("firstPeriod", "2026Q3")
                    .containsEntry("period", "2026Q3");
            publish(status(gap, department, "2026Q4", "OFF_TRACK", "OFF_TRACK"));
            assertThat(routedTo(gapId, now, 3)).contains((long) patient);
            assertThat(awaitAlert(gap, "FIRING")).containsEntry("periods", 2).containsEntry("firstPeriod", "2026Q3");
        }
    }

    @Test
    void atRiskOrWorseForTwoPeriodsCountsTheWorsePeriodsToo() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer hook = new WebhookServer(0)) {
            int now = routeAtOnce(department, hook);
            int patient = routeAfterTwo(department, "WARNING", hook);

            String code = uniqueCode();
            publish(status(code, department, "2026", "ON_TRACK", "AT_RISK"));
            long id = id(awaitAlert(code, "FIRING"));
            assertThat(routedTo(id, now, 1)).doesNotContain((long) patient);
            publish(status(code, department, "2027", "AT_RISK", "OFF_TRACK"));
            assertThat(routedTo(id, now, 2)).contains((long) patient);
            awaitAlerts(code, l -> Integer.valueOf(2).equals(l.get(0).get("periods")));
        }
    }

    private static int routeAtOnce(String department, WebhookServer hook) {
        int receiver = webhook("at once", hook.url(), SECRET, department, false);
        rule(department, "INFO", 1, receiver);
        return receiver;
    }

    /** A receiver of a rule that waits for two consecutive periods at {@code minSeverity} or worse. */
    private static int routeAfterTwo(String department, String minSeverity, WebhookServer hook) {
        int receiver = webhook(minSeverity + " for two periods", hook.url(), SECRET, department, false);
        rule(department, minSeverity, 2, receiver);
        return receiver;
    }

    /** The receivers of the alert's deliveries, once the {@code now} receiver has {@code changes} of them. */
    private static List<Long> routedTo(long alertId, int now, int changes) {
        return await().atMost(PATIENCE)
                .until(
                        () -> deliveriesOf(alertId).stream()
                                .map(d -> ((Number) d.get("receiverId")).longValue())
                                .toList(),
                        l -> l.stream().filter(r -> r == now).count() == changes);
    }

    private static void rule(String department, String minSeverity, int holdPeriods, int receiver) {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "hold test " + department,
                        "department", department,
                        "minSeverity", minSeverity,
                        "holdPeriods", holdPeriods,
                        "receivers", List.of(receiver)))
                .post("/api/v1/rules")
                .then()
                .statusCode(201);
    }
}
