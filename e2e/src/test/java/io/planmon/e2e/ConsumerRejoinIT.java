package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.planmon.devstack.Stack;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A notification-service killed with SIGKILL and started again consumes again at once: its consumers are static group
 * members named after the instance, so the coordinator hands the restarted instance its old partitions without
 * waiting for the dead member's session to expire (Kafka's default 45 s; docs/architecture.md). The bound asserted is
 * generous (15 s from ready to a new event in the activity feed; the target is 10 s, and the measured figure is
 * printed), but far below the 45 s it took before. Values synthetic, in periods long past, of an indicator no other
 * system test writes.
 */
class ConsumerRejoinIT implements ThroughTheGateway {
    private static final Duration BOUND = Duration.ofSeconds(15);

    @Test
    void aKilledNotificationServiceConsumesAgainSoonAfterItIsReady() {
        Stack stack = PlatformStack.get();
        String stats = Tokens.client("dept-stats");
        String monitor = Tokens.user("monitor");
        push(stats, "1901", "31.5");
        await("the first value in the feed").atMost(Duration.ofSeconds(60)).untilAsserted(() -> seen(monitor, "1901"));

        Kill.nine(stack, "notification-service");
        stack.restartService("notification-service");
        long ready = System.nanoTime();
        push(stats, "1902", "32.5");
        await("the value pushed after the restart in the feed")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> seen(monitor, "1902"));
        Duration rejoined = Duration.ofNanos(System.nanoTime() - ready);

        System.out.printf(
                "consumer rejoin: a value pushed when the restarted notification-service was ready reached its"
                        + " activity feed %.1f s later%n",
                rejoined.toMillis() / 1000.0);
        assertThat(rejoined).isLessThanOrEqualTo(BOUND);
        // The assignment is visible to an operator: the Kafka client's metrics are on /q/metrics.
        assertThat(AssignedPartitions.ofObservations(stack.serviceUrl("notification-service")))
                .as("assigned-partitions metric of the observations consumer")
                .isGreaterThan(0);
    }

    private static void push(String token, String period, String value) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"value\": " + value + ", \"note\": \"synthetic rejoin test\"}")
                .put("/api/v1/indicators/MANUFACTURING_SHARE/observations/" + period)
                .then()
                .statusCode(201);
    }

    private static void seen(String token, String period) {
        given().auth()
                .oauth2(token)
                .queryParam("subject", "MANUFACTURING_SHARE")
                .get("/api/v1/activity")
                .then()
                .statusCode(200)
                .body("summaryEn", hasItem(containsString("MANUFACTURING_SHARE " + period + " =")));
    }
}
