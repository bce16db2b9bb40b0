package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.Stack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every data service twice behind the gateway, as {@code ./planmon up --replicas 2} runs them (its own failsafe
 * execution, so that its platform is the only one in the JVM): writes spread over both instances are each stored and
 * announced exactly once, each condition raises one alert, the live stream of either notification instance shows what
 * the other raised, both instances of each consumer group get partitions, and every outbox drains. Synthetic values,
 * in periods long past, of an indicator no other system test writes; tasks with a run-unique code.
 */
class ReplicasIT {
    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private static final String INDICATOR = "STRATEGIC_EMERGING_OUTPUT_SHARE";
    private static final int VALUES = 40;
    private static final int TASKS = 6;

    @BeforeAll
    static void platform() {
        RestAssured.baseURI = PlatformStack.replicated().gatewayUrl();
    }

    @Test
    void twoInstancesOfEachServiceLoseNothingAndDuplicateNothing() throws Exception {
        Stack stack = PlatformStack.replicated();
        String stats = Tokens.client("dept-stats");
        String monitor = Tokens.user("monitor");
        try (EventStream first =
                        EventStream.open(stack.serviceUrl("notification-service"), "/api/v1/alerts/stream", monitor);
                EventStream second = EventStream.open(
                        stack.serviceUrl("notification-service-2"), "/api/v1/alerts/stream", monitor)) {
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);

            for (int i = 0; i < VALUES; i++) {
                given().auth()
                        .oauth2(stats)
                        .contentType(ContentType.JSON)
                        .body("{\"value\": " + (40 + i % 7) + ".5, \"note\": \"synthetic replicas test\"}")
                        .put("/api/v1/indicators/" + INDICATOR + "/observations/" + (1901 + i))
                        .then()
                        .statusCode(201);
            }
            List<String> tasks = new ArrayList<>();
            for (int i = 0; i < TASKS; i++) {
                tasks.add(createTask(i));
            }

            // Every value once in the activity feed, read through the gateway from either instance.
            await("every value in the activity feed")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> activityPeriods(monitor).size() >= VALUES);
            Map<String, Long> periods = activityPeriods(monitor).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(periods)
                    .hasSize(VALUES)
                    .allSatisfy((period, count) -> assertThat(count).as(period).isEqualTo(1));

            // Each new task is BEHIND at once: one WARNING alert for each, whichever instance consumed it.
            for (String code : tasks) {
                await("the alert of " + code)
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> alerts(monitor, code) >= 1);
            }
            Thread.sleep(2_000); // a duplicate would be consumed by now
            for (String code : tasks) {
                assertThat(alerts(monitor, code)).as(code).isEqualTo(1);
            }
            // The stream of each instance carries every alert, raised on either.
            for (EventStream stream : List.of(first, second)) {
                await("every alert on both streams")
                        .atMost(Duration.ofSeconds(30))
                        .untilAsserted(() ->
                                assertThat(String.join("\n", stream.data())).contains(tasks));
            }
        }

        // Both instances took writes, and both instances of each consumer group hold partitions.
        for (String instance : List.of("indicator-service", "indicator-service-2")) {
            assertThat(log(stack, instance)).as(instance).contains("\"PUT /api/v1/indicators/" + INDICATOR);
        }
        for (String instance : List.of("task-service", "task-service-2")) {
            assertThat(log(stack, instance)).as(instance).contains("\"POST /api/v1/tasks");
        }
        for (String instance : List.of("notification-service", "notification-service-2")) {
            assertThat(AssignedPartitions.ofObservations(stack.serviceUrl(instance)))
                    .as(instance)
                    .isGreaterThan(0);
        }
        // Every outbox drains: whichever instance wrote a row, one of the relays published it.
        for (String schema : List.of("indicator", "task", "notification")) {
            await("the " + schema + " outbox drained")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> OutboxRows.pending(stack.database(), schema) == 0);
        }
    }

    private static String createTask(int i) {
        String code = "E2E-REP-" + RUN + "-" + i;
        String title = "synthetic e2e replicas task " + code;
        given().auth()
                .oauth2(Tokens.user("admin"))
                .contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"article\": 21, \"title\": \"" + title + "\", \"titleEn\": \""
                        + title
                        + "\", \"leadDepartment\": \"ECO\", \"coDepartments\": [], \"assignment\": \"PROPOSED\","
                        + " \"start\": \"2026-01-01\", \"due\": \"2030-12-31\"}")
                .post("/api/v1/tasks")
                .then()
                .statusCode(201);
        return code;
    }

    /** The periods of the indicator's activity entries, one element per entry (so duplicates show). */
    private static List<String> activityPeriods(String token) {
        List<String> summaries = given().auth()
                .oauth2(token)
                .queryParam("subject", INDICATOR)
                .queryParam("limit", 200)
                .get("/api/v1/activity")
                .then()
                .statusCode(200)
                .extract()
                .path("summaryEn");
        Pattern period = Pattern.compile(INDICATOR + " (\\d{4}) =");
        return summaries.stream()
                .map(period::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    private static int alerts(String token, String subject) {
        return Integer.parseInt(given().auth()
                .oauth2(token)
                .queryParam("subject", subject)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Total-Count"));
    }

    private static String log(Stack stack, String instance) throws IOException {
        return Files.readString(stack.config().dataDirectory().resolve("logs").resolve(instance + ".log"));
    }
}
