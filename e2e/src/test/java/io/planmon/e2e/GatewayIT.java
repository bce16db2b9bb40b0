package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the gateway adds to every call, seen from outside with real tokens: request ids that reach the services' logs,
 * CORS for the dashboard's origin, a rate limit per department system and per person, and a dashboard summary that
 * survives a stopped service.
 */
class GatewayIT implements ThroughTheGateway {
    private static final String DASHBOARD_ORIGIN = "http://localhost:5173";

    @Test
    void aRequestIdComesBackAndReachesTheServicesLog() {
        String id = "e2e-" + UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.user("viewer"))
                .header("X-Request-Id", id)
                .get("/api/v1/indicators/GDP_PER_CAPITA")
                .then()
                .statusCode(200)
                .header("X-Request-Id", id);
        String generated = given().auth()
                .oauth2(Tokens.user("viewer"))
                .get("/api/v1/articles/1")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Request-Id");
        assertThat(generated).isNotBlank();

        await("the request ids in the services' access logs")
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    assertThat(log("indicator-service")).contains("req=" + id);
                    assertThat(log("task-service")).contains("req=" + generated);
                    assertThat(log("gateway")).contains("req=" + id);
                });
    }

    @Test
    void aDashboardOnItsOwnOriginMayCallAndReadTheAnswer() {
        Response preflight = given().header("Origin", DASHBOARD_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/indicators/GDP_PER_CAPITA/observations/2025");
        assertThat(preflight.statusCode()).isIn(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD_ORIGIN);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PUT");

        given().auth()
                .oauth2(Tokens.user("viewer"))
                .header("Origin", DASHBOARD_ORIGIN)
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));

        Response stranger = given().header("Origin", "https://stranger.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/indicators");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aClientThatCallsTooOftenIsSlowedDownAloneAndCounted() {
        // dept-drc is used by no other system test, so its bucket (30 calls, 10 more a second) is this test's own
        String drc = Tokens.client("dept-drc");
        Response refused = firstRefusal(drc, 300);
        refused.then()
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();

        given().auth()
                .oauth2(Tokens.client("dept-stats"))
                .get("/api/v1/articles/1")
                .then()
                .statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("planmon_gateway_rate_limited_total{client=\"dept-drc\"}"));
    }

    @Test
    void onePersonOnTheDashboardUsingUpTheirLimitDoesNotSlowAnother() throws InterruptedException {
        // Both sign in through the dashboard client, which once gave all its users one shared bucket.
        String monitor = Tokens.user("monitor");
        String viewer = Tokens.user("viewer");
        Response refused = firstRefusal(monitor, 2_000);
        try {
            assertThat(refused.jsonPath().getString("detail")).startsWith("user monitor of client dashboard");

            Response colleague = given().auth().oauth2(viewer).get("/api/v1/articles/1");
            assertThat(colleague.statusCode()).isEqualTo(200);
            assertThat(Integer.parseInt(colleague.header("RateLimit-Remaining")))
                    .as("viewer's own bucket, untouched by monitor's calls")
                    .isPositive();
        } finally {
            // Later tests sign in as monitor too: let its bucket fill up again (burst / rate, a few seconds).
            Thread.sleep(Duration.ofSeconds(Long.parseLong(refused.header("RateLimit-Reset")) + 1)
                    .toMillis());
        }
    }

    @Test
    void theSummaryNamesTheMissingPartWhileAServiceIsDownAndIsWholeAgainAfter() {
        var stack = PlatformStack.get();
        String monitor = Tokens.user("monitor");
        stack.stopService("task-service");
        try {
            summary(monitor)
                    .body("partial", equalTo(true))
                    .body("missing", hasSize(1))
                    .body("missing[0].part", equalTo("tasks"))
                    .body("missing[0].service", equalTo("task-service"))
                    .body("tasks", nullValue())
                    .body("indicators", notNullValue())
                    .body("alerts", notNullValue());
        } finally {
            stack.restartService("task-service");
        }
        summary(monitor)
                .body("partial", equalTo(false))
                .body("missing", hasSize(0))
                .body("tasks", notNullValue());
    }

    /** The dashboard summary as {@code token} sees it, answered 200. */
    private static ValidatableResponse summary(String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200);
    }

    /** Calls an article with {@code token} until the gateway answers 429 (each call before it a 200); that answer. */
    private static Response firstRefusal(String token, int atMost) {
        for (int call = 0; call < atMost; call++) {
            Response response = given().auth().oauth2(token).get("/api/v1/articles/1");
            if (response.statusCode() == 429) {
                return response;
            }
            assertThat(response.statusCode()).isEqualTo(200);
        }
        throw new AssertionError("no 429 within " + atMost + " quick calls");
    }

    private static String log(String name) throws java.io.IOException {
        Path file = PlatformStack.get().config().dataDirectory().resolve("logs").resolve(name + ".log");
        return Files.readString(file);
    }
}
