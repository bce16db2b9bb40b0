package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * A dashboard on a configured origin may call the API from the browser: its preflight needs no token, its real calls
 * do; any other origin gets no permission to read anything.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class CorsTest {
    private static final String DASHBOARD = "http://localhost:5173";
    private static final String STRANGER = "https://evil.example";

    @Test
    void answersAPreflightFromADashboardWithoutAToken() {
        Response response = preflight(DASHBOARD);

        assertThat(response.statusCode()).isIn(200, 204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("GET", "POST", "PUT", "DELETE");
        assertThat(response.header("Access-Control-Allow-Headers"))
                .contains("Authorization", "Content-Type", "X-Request-Id");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("3600");
        // The token goes in a header, never in a cookie: the browser is not asked to send credentials.
        assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("false");
        assertThat(response.header("WWW-Authenticate")).isNull();
        assertThat(response.asString())
                .as("answered by the gateway, not forwarded")
                .doesNotContain("upstream");
    }

    @Test
    void allowsAPreflightFromNoOtherOrigin() {
        Response response = preflight(STRANGER);

        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.asString()).doesNotContain("upstream");
    }

    @Test
    void stillWantsATokenForTheRealCallAndLetsTheDashboardReadTheProblem() {
        Response response = given().header("Origin", DASHBOARD).when().get("/api/v1/indicators");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:unauthorized");
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
    }

    @Test
    void letsTheDashboardReadAProxiedAnswerAndItsHeaders() {
        Response response = callWithToken(DASHBOARD, "/api/v1/indicators/GDP_GROWTH");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("upstream")).isEqualTo("indicators");
        assertThat(response.headers().getValues("Access-Control-Allow-Origin")).containsExactly(DASHBOARD);
        assertThat(response.header("Access-Control-Expose-Headers"))
                .contains("X-Request-Id", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining");
    }

    @Test
    void refusesARealCallFromAnotherOriginEvenWithAToken() {
        Response response = callWithToken(STRANGER, "/api/v1/indicators");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        assertThat(response.asString()).doesNotContain("upstream");
    }

    /** A real call from a page of {@code origin}, with a valid token. */
    private static Response callWithToken(String origin, String path) {
        return given().header("Origin", origin)
                .auth()
                .oauth2(Tokens.valid())
                .when()
                .get(path);
    }

    private static Response preflight(String origin) {
        // As a browser sends it: no Authorization header, whatever the real call will carry.
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when()
                .options("/api/v1/observations");
    }
}
