package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.AdjustableClock;
import io.planmon.gateway.support.TightRateLimits;
import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Everyone signing in through the dashboard client has a bucket of their own at the client's limit: one person who
 * uses theirs up is refused alone, while colleagues and department systems carry on at full allowance.
 */
@QuarkusTest
@TestProfile(TightRateLimits.class)
@WithTestResource(UpstreamsResource.class)
class RateLimitPerPersonTest {

    @BeforeEach
    void standStillWithFullBuckets() {
        AdjustableClock.installRested();
    }

    @Test
    void onePersonUsingUpTheirBucketDoesNotSlowAnother() {
        String alice = Tokens.forPerson("dashboard", "alice");
        for (int call = 1; call <= TightRateLimits.BURST; call++) {
            assertThat(call(alice).statusCode()).as("alice's call " + call).isEqualTo(200);
        }
        Response refused = call(alice);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("detail")).startsWith("user alice of client dashboard has used up 3");

        // A colleague on the same client starts with a full bucket of their own.
        Response bob = call(Tokens.forPerson("dashboard", "bob"));
        assertThat(bob.statusCode()).isEqualTo(200);
        assertThat(bob.header("RateLimit-Remaining")).isEqualTo(Integer.toString(TightRateLimits.BURST - 1));
        // So does a department system.
        assertThat(call(Tokens.forClient("dept-eco")).statusCode()).isEqualTo(200);
        // And alice is still held to hers, whichever of her tokens she sends.
        assertThat(call(Tokens.forPerson("dashboard", "alice")).statusCode()).isEqualTo(429);
    }

    @Test
    void keepsAClientCredentialsTokenInItsClientsOneBucket() {
        // Two tokens of dept-stats' service account: the same bucket, though each is a token of its own.
        for (int call = 1; call <= TightRateLimits.BURST; call++) {
            assertThat(call(Tokens.valid()).statusCode()).isEqualTo(200);
        }
        Response refused = call(Tokens.valid());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("detail")).startsWith("client dept-stats has used up");
    }

    private static Response call(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/indicators");
    }
}
