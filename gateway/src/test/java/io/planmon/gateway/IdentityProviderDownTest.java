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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * While Keycloak cannot be reached, a well-formed token cannot be judged: a 503 problem, not a 401 and not an empty 500.
 * A token that is no JWT at all needs no identity provider to be refused: a 401 problem, outage or not.
 */
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

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jwt", "a.b.c", "eyJ.eyJ.sig", "e30.e30.c2ln", "x.y", "Zm9v.YmFy.YmF6.cXV4"})
    void answers401ForAMalformedTokenWithoutAskingTheIdentityProvider(String token) {
        Response response =
                given().header("Authorization", "Bearer " + token).when().get("/api/v1/indicators");

        assertThat(response.statusCode()).as(token).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:unauthorized");
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
