package io.planmon.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The alert stream answers a dashboard as soon as it connects, before any alert changes, and keeps a quiet stream
 * alive with comments (the test profile's heartbeat is 1 s).
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "viewer", roles = "viewer")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class AlertStreamKeepAliveTest {

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Test
    void aConnectingClientGetsTheHeadAtOnceAndThenKeepAliveComments() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        // No alert changes here: the answer must not wait for one (a bound on waiting, not a speed check).
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS);
        try (Stream<String> body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            Iterator<String> lines = body.iterator();
            int comments = 0;
            while (comments < 2) {
                String line = CompletableFuture.supplyAsync(lines::next).get(30, TimeUnit.SECONDS);
                if (line.startsWith(":")) {
                    assertThat(line).isEqualTo(":keep-alive");
                    comments++;
                }
            }
        }
    }
}
