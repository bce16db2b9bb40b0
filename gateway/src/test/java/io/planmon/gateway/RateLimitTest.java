package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.AdjustableClock;
import io.planmon.gateway.support.Bodies;
import io.planmon.gateway.support.TightRateLimits;
import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client past its burst gets a 429 problem with Retry-After instead of reaching a service, and its bucket refills at
 * the configured rate. The clock stands still unless a test moves it.
 */
@QuarkusTest
@TestProfile(TightRateLimits.class)
@WithTestResource(UpstreamsResource.class)
class RateLimitTest {

    private AdjustableClock clock;

    @BeforeEach
    void standStillWithFullBuckets() {
        clock = AdjustableClock.installRested();
    }

    @Test
    void countsDownThenRefusesWithA429Problem() {
        for (int call = 1; call <= 3; call++) {
            Response response = call(Tokens.valid(), "/api/v1/indicators");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(response.header("RateLimit-Remaining")).isEqualTo(Integer.toString(3 - call));
        }

        Response refused = call(Tokens.valid(), "/api/v1/tasks");

        assertThat(refused.statusCode()).isEqualTo(429);
        // One token comes back every two seconds.
        assertThat(refused.header("Retry-After")).isEqualTo("2");
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("RateLimit-Reset")).isEqualTo("6");
        assertThat(refused.header("X-Request-Id")).isNotBlank();
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:rate-limited");
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Too many requests");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("detail")).contains("dept-stats");
        assertThat(refused.jsonPath().getString("instance")).isEqualTo("/api/v1/tasks");
        assertThat(refused.jsonPath().getString("upstream"))
                .as("never forwarded")
                .isNull();
    }

    @Test
    void refusesALargeUploadWithoutReadingItIntoAHang() {
        IntStream.range(0, 3).forEach(i -> call(Tokens.valid(), "/api/v1/indicators"));
        given().auth()
                .oauth2(Tokens.valid())
                .contentType("text/csv")
                .body(Bodies.csv(2 * 1024 * 1024))
                .when()
                .post("/api/v1/observations")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
    }

    @Test
    void refillsOneTokenPerIntervalAndNeverMoreThanTheBurst() {
        IntStream.range(0, 3).forEach(i -> call(Tokens.valid(), "/api/v1/indicators"));

        clock.advance(Duration.ofSeconds(1));
        Response halfway = call(Tokens.valid(), "/api/v1/indicators");
        assertThat(halfway.statusCode()).isEqualTo(429);
        assertThat(halfway.header("Retry-After")).isEqualTo("1");

        clock.advance(Duration.ofSeconds(1));
        Response refilled = call(Tokens.valid(), "/api/v1/indicators");
        assertThat(refilled.statusCode()).isEqualTo(200);
        assertThat(refilled.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(call(Tokens.valid(), "/api/v1/indicators").statusCode()).isEqualTo(429);

        // A long rest fills the bucket, but only up to its burst.
        clock.advance(Duration.ofMinutes(10));
        assertThat(call(Tokens.valid(), "/api/v1/indicators").header("RateLimit-Remaining"))
                .isEqualTo("2");
    }

    @Test
    void sendsTheRateLimitHeadersWithTheGatewaysOwnProblemsToo() {
        Response response = call(Tokens.valid(), "/api/v1/no-such-collection");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(response.header("RateLimit-Remaining")).isEqualTo("2");
    }

    private static Response call(String token, String path) {
        return given().auth().oauth2(token).when().get(path);
    }
}
