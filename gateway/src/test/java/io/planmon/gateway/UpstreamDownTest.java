package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A service that is down gets the caller a 502 problem naming it, while the other services stay reachable. */
@QuarkusTest
@WithTestResource(value = UpstreamsResource.class, initArgs = @ResourceArg(name = "down", value = "notifications"))
class UpstreamDownTest {

    @Test
    void answers502NamingTheService() {
        Response response = given().auth()
                .oauth2(Tokens.valid())
                .contentType("application/json")
                .body("{\"matchers\":{\"indicator\":\"GDP_GROWTH\"},\"reason\":\"revision pending\"}")
                .when()
                .post("/api/v1/silences");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:upstream-unavailable");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Upstream unavailable");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(502);
        assertThat(response.jsonPath().getString("detail")).contains("notification-service");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/v1/silences");
        // Internal addresses stay in the log.
        assertThat(response.asString()).doesNotContain("127.0.0.1");
    }

    @Test
    void keepsTheOtherServicesReachable() {
        given().auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/alerts")
                .then()
                .statusCode(502);
        given().auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(200);
        given().auth().oauth2(Tokens.valid()).when().get("/api/v1/tasks").then().statusCode(200);
    }
}
