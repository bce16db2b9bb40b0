package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.planmon.gateway.support.AdjustableClock;
import io.planmon.gateway.support.TightRateLimits;
import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each Keycloak client has a bucket of its own: one that floods is held to its burst, however many event loops its
 * calls land on, while the others carry on; refusals are counted per client.
 */
@QuarkusTest
@TestProfile(TightRateLimits.class)
@WithTestResource(UpstreamsResource.class)
class RateLimitPerClientTest {

    @BeforeEach
    void standStillWithFullBuckets() {
        AdjustableClock.installRested();
    }

    @Test
    void holdsAFloodingClientToItsBurstWhileAnotherCarriesOn() {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            String flooder = Tokens.valid();
            List<Future<Integer>> flood = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(
                            () -> call(flooder, "/api/v1/indicators").statusCode()))
                    .toList();
            // The other client calls while the first one floods.
            String other = Tokens.forClient("dept-eco");
            for (int call = 1; call <= TightRateLimits.BURST; call++) {
                Response response = call(other, "/api/v1/tasks");
                assertThat(response.statusCode()).as("dept-eco call " + call).isEqualTo(200);
                assertThat(response.header("RateLimit-Remaining"))
                        .isEqualTo(Integer.toString(TightRateLimits.BURST - call));
            }

            List<Integer> statuses =
                    flood.stream().map(RateLimitPerClientTest::status).toList();
            // Not one token more than the burst is handed out, though the calls race each other.
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(TightRateLimits.BURST);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(24 - TightRateLimits.BURST);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countsRefusalsPerClient() {
        IntStream.rangeClosed(0, TightRateLimits.BURST)
                .forEach(i -> call(Tokens.forClient("dept-eco"), "/api/v1/alerts"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("planmon_gateway_rate_limited_total{client=\"dept-eco\"}"));
    }

    @Test
    void letsTheDashboardReadWhenToRetry() {
        IntStream.range(0, TightRateLimits.BURST).forEach(i -> call(Tokens.valid(), "/api/v1/alerts"));

        Response refused = given().header("Origin", "http://localhost:3000")
                .auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/alerts");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        assertThat(refused.header("Access-Control-Expose-Headers")).contains("Retry-After", "RateLimit-Remaining");
    }

    private static Response call(String token, String path) {
        return given().auth().oauth2(token).when().get(path);
    }

    private static int status(Future<Integer> call) {
        try {
            return call.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
