package io.planmon.notification.support;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Alerts, receivers, rules and deliveries through the REST API, with the caller's test identity. */
public final class AlertApi {
    private AlertApi() {}

    /** Every alert of {@code subject}: the largest page, since a burst makes more than the default 50. */
    public static List<Map<String, Object>> alertsOf(String subject) {
        return given().queryParam("subject", subject)
                .queryParam("limit", 500)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** Waits until the alerts of {@code subject} satisfy {@code condition}, and returns them. */
    public static List<Map<String, Object>> awaitAlerts(
            String subject, Predicate<List<Map<String, Object>>> condition) {
        return await().atMost(PATIENCE).until(() -> alertsOf(subject), condition);
    }

    /** Waits for the one alert of {@code subject} in {@code state}. */
    public static Map<String, Object> awaitAlert(String subject, String state) {
        return awaitAlerts(subject, list -> list.stream().anyMatch(a -> state.equals(a.get("state")))).stream()
                .filter(a -> state.equals(a.get("state")))
                .findFirst()
                .orElseThrow();
    }

    /** Acknowledges alert {@code id} without a comment, as the caller; the answer is left to the test to check. */
    public static ValidatableResponse acknowledge(long id) {
        return given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/alerts/{id}/ack", id)
                .then();
    }

    public static long id(Map<String, Object> alert) {
        return ((Number) alert.get("id")).longValue();
    }

    public static int webhook(String name, String url, String secret, String department, boolean escalation) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", name,
                        "kind", "WEBHOOK",
                        "url", url,
                        "secret", secret,
                        "department", department == null ? "" : department,
                        "escalation", escalation))
                .post("/api/v1/receivers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static int mailbox(String name, String email, String department) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "EMAIL", "email", email, "department", department))
                .post("/api/v1/receivers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A rule for one department's alerts, so that tests sharing the database never route each other's. */
    public static int rule(String department, int holdPeriods, int... receivers) {
        return rule(department, "INFO", holdPeriods, receivers);
    }

    /** {@link #rule(String, int, int...)} for alerts at {@code minSeverity} or worse. */
    public static int rule(String department, String minSeverity, int holdPeriods, int... receivers) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "test rule " + department,
                        "department", department,
                        "minSeverity", minSeverity,
                        "holdPeriods", holdPeriods,
                        "receivers", receivers))
                .post("/api/v1/rules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static List<Map<String, Object>> deliveriesOf(long alertId) {
        return given().queryParam("alert", alertId)
                .get("/api/v1/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** A department code no other test uses. */
    public static String uniqueDepartment() {
        return "D" + ActivityApi.uniqueCode().substring(5);
    }
}
