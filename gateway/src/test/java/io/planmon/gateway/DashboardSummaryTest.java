package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard summary puts together the counts the three stand-in services answer (synthetic data in {@code
 * stand-ins/}), scoped by the caller's own token, and answers 200 with the part of a misbehaving service named as
 * missing.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class DashboardSummaryTest {
    static final String PATH = "/api/v1/dashboard/summary";

    @Test
    void countsEveryPartForTheMonitoringOffice() {
        Response response = summary(Tokens.withRoles("monitor"), "dashboard-test.full");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonPath json = response.jsonPath();
        assertThat(json.getBoolean("partial")).isFalse();
        assertThat(json.getList("missing")).isEmpty();
        assertThat(json.getMap("indicators.byArea.HIGH_QUALITY_DEVELOPMENT"))
                .containsEntry("ON_TRACK", 1)
                .containsEntry("AT_RISK", 1)
                .containsEntry("OFF_TRACK", 0)
                .containsEntry("NO_DATA", 1);
        // FAMILY_DOCTOR_COVERAGE has no latest member, MAJOR_POLLUTANTS a latest without status: both are NO_DATA.
        assertThat(json.getMap("indicators.byArea.PEOPLES_CITY"))
                .containsEntry("ON_TRACK", 1)
                .containsEntry("OFF_TRACK", 1)
                .containsEntry("AT_RISK", 0)
                .containsEntry("NO_DATA", 2);
        assertThat(json.getInt("indicators.total")).isEqualTo(7);
        assertThat(json.getMap("tasks.byStatus"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("NOT_STARTED", 1, "IN_PROGRESS", 2, "BEHIND", 1, "OVERDUE", 1, "COMPLETED", 1));
        assertThat(json.getInt("tasks.total")).isEqualTo(6);
        // Resolved alerts are not open.
        assertThat(json.getMap("alerts.open"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CRITICAL", 1, "WARNING", 2, "INFO", 1));
        assertThat(json.getMap("alerts.byState"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("FIRING", 3, "ACKNOWLEDGED", 1));
        assertThat(json.getInt("alerts.total")).isEqualTo(4);
        assertThat(json.getBoolean("alerts.truncated")).isFalse();
        assertThat(Instant.parse(json.getString("generatedAt"))).isNotNull();
    }

    @Test
    void isTheServicesPartsPutTogether() {
        String monitor = Tokens.withRoles("monitor");
        JsonPath json = summary(monitor, "dashboard-test.parts").jsonPath();

        Map<String, Object> alerts = new HashMap<>(part(monitor, "/api/v1/alerts/summary"));
        alerts.put("truncated", false);
        assertThat(json.getMap("indicators")).isEqualTo(part(monitor, "/api/v1/indicators/summary"));
        assertThat(json.getMap("tasks")).isEqualTo(part(monitor, "/api/v1/tasks/summary"));
        assertThat(json.getMap("alerts")).isEqualTo(alerts);
    }

    @Test
    void isAnApiCallLikeAnyOther() {
        Response response = summary(Tokens.valid(), "dashboard-test.headers");

        assertThat(response.header("RateLimit-Limit")).isNotBlank();
        // A browser may keep it, and must ask again each time: with the ETag, that is cheap.
        assertThat(response.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(response.header("ETag")).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(response.header("X-Request-Id")).isEqualTo("dashboard-test.headers");
    }

    @Test
    void scopesAReportersSummaryLikeTheCallsBehindIt() {
        JsonPath json = summary(Tokens.valid(), "dashboard-test.reporter").jsonPath();

        // The stand-in, like the notification service, shows a STATS reporter only STATS alerts.
        assertThat(json.getMap("alerts.open"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CRITICAL", 1, "WARNING", 1, "INFO", 0));
        assertThat(json.getInt("alerts.total")).isEqualTo(2);
        assertThat(json.getInt("indicators.total")).isEqualTo(7);
    }

    @Test
    void leavesOutAServiceThatTakesTooLong() {
        Response response = summary(Tokens.withRoles("monitor"), "dashboard-test.slow-tasks");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath json = response.jsonPath();
        assertThat(json.getBoolean("partial")).isTrue();
        assertThat(json.getMap("tasks")).isNull();
        assertThat(json.getList("missing", Map.class)).singleElement().satisfies(missing -> assertThat(missing)
                .containsEntry("part", "tasks")
                .containsEntry("service", "task-service")
                .containsEntry("reason", "timeout"));
        assertThat(json.getInt("indicators.total")).isEqualTo(7);
        assertThat(json.getInt("alerts.total")).isEqualTo(4);
    }

    @Test
    void passesARefusalThroughAsTheReason() {
        JsonPath json =
                summary(Tokens.valid(), "dashboard-test.refuse-notifications").jsonPath();

        assertThat(json.getBoolean("partial")).isTrue();
        assertThat(json.getList("missing", Map.class)).singleElement().satisfies(missing -> assertThat(missing)
                .containsEntry("part", "alerts")
                .containsEntry("service", "notification-service")
                .containsEntry("reason", "refused")
                .containsEntry("status", 403)
                .containsEntry("detail", "a reporter of STATS sees only its own department's alerts"));
        assertThat(json.getInt("tasks.total")).isEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource({"fail-indicators, error, 500", "garble-indicators, invalid-response, 200"})
    void namesAServiceThatAnswersWrongly(String scenario, String reason, int status) {
        Response response = summary(Tokens.valid(), "dashboard-test." + scenario);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getList("missing", Map.class))
                .singleElement()
                .satisfies(missing -> assertThat(missing)
                        .containsEntry("part", "indicators")
                        .containsEntry("service", "indicator-service")
                        .containsEntry("reason", reason)
                        .containsEntry("status", status));
    }

    @Test
    void refusesACallWithoutAToken() {
        Response response = given().when().get(PATH);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:unauthorized");
        assertThat(response.jsonPath().getString("instance")).isEqualTo(PATH);
    }

    @Test
    void refusesATokenWithoutAPlanmonRole() {
        Response response = summary(Tokens.withRoles("offline_access"), "dashboard-test.no-role");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:forbidden");
    }

    @Test
    void answersOnlyGet() {
        Response response = given().auth().oauth2(Tokens.valid()).when().post(PATH);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:method-not-allowed");
    }

    @Test
    void timesEachPartAndCountsPartialAnswers() {
        double before = partialAnswers();
        summary(Tokens.valid(), "dashboard-test.metrics");
        summary(Tokens.valid(), "dashboard-test.metrics.slow-tasks");

        String metrics = given().when().get("/q/metrics").asString();
        assertThat(partialAnswers()).isEqualTo(before + 1);
        for (String part : List.of("indicators", "tasks", "alerts")) {
            assertThat(metrics)
                    .contains("planmon_gateway_dashboard_part_seconds_count{outcome=\"ok\",part=\"" + part + "\"}");
        }
        assertThat(metrics)
                .contains("planmon_gateway_dashboard_part_seconds_count{outcome=\"timeout\",part=\"tasks\"}");
    }

    private static double partialAnswers() {
        String metrics = given().when().get("/q/metrics").asString();
        Matcher matcher = Pattern.compile("(?m)^planmon_gateway_dashboard_partial_total (\\S+)$")
                .matcher(metrics);
        assertThat(matcher.find()).as("the partial counter is exported").isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static Map<String, Object> part(String token, String path) {
        return given().auth()
                .oauth2(token)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    static Response summary(String token, String requestId) {
        return given().auth()
                .oauth2(token)
                .header("X-Request-Id", requestId)
                .when()
                .get(PATH);
    }
}
