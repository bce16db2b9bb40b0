package io.planmon.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.alert.AlertChangedV1;
import io.planmon.notification.service.alert.AlertStream;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.SseClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A burst of changes, broadcast faster than an SSE connection asks for them (a consumer batch firing dozens of alerts
 * at once), reaches a connected client whole and in order: the client's own buffer takes up the difference.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class AlertStreamBurstTest {
    private static final int BURST = 2_000;

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Inject
    AlertStream alerts;

    @Test
    void aBurstOfChangesReachesAConnectedClientWholeAndInOrder() {
        AtomicLong ids = new AtomicLong(5_000_000_000L);
        try (SseClient client = new SseClient(stream)) {
            // Connected once the client sees a change of its own.
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        alerts.broadcast(change(ids.incrementAndGet()));
                        return !client.events().isEmpty();
                    });
            long first = ids.get() + 1;
            for (int i = 0; i < BURST; i++) {
                alerts.broadcast(change(ids.incrementAndGet()));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> client.events().stream()
                                    .filter(e -> e.at("/alert/id").asLong() >= first)
                                    .count()
                            >= BURST);
            assertThat(client.events().stream()
                            .map(e -> e.at("/alert/id").asLong())
                            .filter(id -> id >= first))
                    .hasSize(BURST)
                    .isSorted();
        }
    }

    private static AlertChangedV1 change(long id) {
        return AlertStreamTest.elsewhere(id, "ECO").data();
    }
}
