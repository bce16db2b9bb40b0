package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** An upstream that does not answer within its route's timeout gets the caller a 504 problem, not a hang. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class UpstreamTimeoutTest {

    @Test
    void answers504NamingTheService() {
        long started = System.nanoTime();
        Response response = given().auth()
                .oauth2(Tokens.valid())
                .header("X-Echo-Delay-Ms", "5000")
                .when()
                .get("/api/v1/tasks/42");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:upstream-timeout");
        assertThat(response.jsonPath().getString("detail")).contains("task-service");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/v1/tasks/42");
        assertThat(millis).isBetween(900L, 4_000L);
    }

    @Test
    void staysUsableAfterATimeout() {
        given().auth()
                .oauth2(Tokens.valid())
                .header("X-Echo-Delay-Ms", "3000")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(504);
        given().auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }
}
