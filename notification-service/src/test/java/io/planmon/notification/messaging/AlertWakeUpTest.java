package io.planmon.notification.messaging;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.SseClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * With the outbox's timed poll an hour apart, an alert still reaches the live stream, and so does its recovery: the
 * alert engine's commit wakes the relay, which puts the change on planmon.alerts.v1 for the stream. No timing is
 * asserted beyond a timeout far shorter than the poll.
 */
@QuarkusTest
@TestProfile(HourlyPoll.class)
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class AlertWakeUpTest {
    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Test
    void anAlertAndItsRecoveryReachTheStreamWithoutThePoll() throws Exception {
        try (SseClient client = new SseClient(stream)) {
            // The stream reads from the newest offset once its consumer is assigned: publish until one arrives.
            List<String> codes = new CopyOnWriteArrayList<>();
            String code = await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                String c = uniqueCode();
                                codes.add(c);
                                publish(status(c, "STATS", "2025", "ON_TRACK", "OFF_TRACK"));
                                return client.events().stream()
                                        .filter(e ->
                                                "FIRED".equals(e.path("change").asText()))
                                        .map(e -> e.at("/alert/subjectCode").asText())
                                        .filter(codes::contains)
                                        .findFirst();
                            },
                            java.util.Optional::isPresent)
                    .orElseThrow();

            publish(status(code, "STATS", "2025", "OFF_TRACK", "ON_TRACK"));

            await().atMost(PATIENCE).until(() -> client.events().stream().anyMatch(e -> resolved(e, code)));
        }
    }

    private static boolean resolved(JsonNode element, String code) {
        return "RESOLVED".equals(element.path("change").asText())
                && code.equals(element.at("/alert/subjectCode").asText());
    }
}
