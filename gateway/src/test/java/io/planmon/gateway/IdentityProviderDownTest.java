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

/** While Keycloak cannot be reached, a token cannot be judged: a 503 problem, not a 401 and not an empty 500. */
@QuarkusTest
@WithTestResource(value = UpstreamsResource.class, initArgs = @ResourceArg(name = "identity-provider", value = "down"))
class IdentityProviderDownTest {

    @Test
    void answers503ForATokenThatCannotBeVerified() {
        Response response = given().auth().oauth2(Tokens.valid()).when().get("/api/v1/indicators");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:authentication-unavailable");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/v1/indicators");
    }

    @Test
    void stillAnswers401WithoutAToken() {
        given().when().get("/api/v1/indicators").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void staysReadyItself() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
