package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The live alert stream through the gateway, as a dashboard keeps it open: alerts raised after it opened arrive while
 * it stays open, and a department system's stream carries its own department's alerts and no other's.
 */
class AlertStreamIT implements ThroughTheGateway {
    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);

    @Test
    void newAlertsArriveLiveAndEachDepartmentSeesOnlyItsOwn() {
        try (EventStream monitor = EventStream.open("/api/v1/alerts/stream", Tokens.user("monitor"));
                EventStream eco = EventStream.open("/api/v1/alerts/stream", Tokens.client("dept-eco"))) {
            assertThat(monitor.status()).isEqualTo(200);
            assertThat(eco.status()).isEqualTo(200);

            // A task that has made no progress a year into its term is BEHIND, which raises a WARNING for its lead.
            String ecoTask = createTask("ECO");
            String transportTask = createTask("TRANSPORT");

            await("both new alerts on the monitoring office's stream")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(String.join("\n", monitor.data()))
                            .contains(ecoTask)
                            .contains(transportTask));
            await("ECO's new alert on ECO's stream")
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(String.join("\n", eco.data())).contains(ecoTask));
            // only the fields EventSource knows: data lines and keep-alive comments
            assertThat(monitor.lines())
                    .allMatch(line -> line.isEmpty() || line.startsWith("data:") || line.equals(":keep-alive"));
            assertThat(eco.data())
                    .allSatisfy(event -> assertThat(event).contains("\"department\":\"ECO\""))
                    .noneMatch(event -> event.contains(transportTask));
        }
    }

    /** A synthetic task of the given lead department, created by the plan admin; returns its unique title. */
    private static String createTask(String lead) {
        String title = "synthetic e2e alert-stream task " + RUN + " " + lead;
        given().auth()
                .oauth2(Tokens.user("admin"))
                .contentType(ContentType.JSON)
                .body("{\"code\": \"E2E-SSE-" + RUN + "-" + lead + "\", \"article\": 20,"
                        + " \"title\": \"" + title + "\", \"titleEn\": \"" + title + "\","
                        + " \"leadDepartment\": \"" + lead + "\", \"coDepartments\": [], \"assignment\": \"PROPOSED\","
                        + " \"start\": \"2026-01-01\", \"due\": \"2030-12-31\"}")
                .post("/api/v1/tasks")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
        return title;
    }
}
