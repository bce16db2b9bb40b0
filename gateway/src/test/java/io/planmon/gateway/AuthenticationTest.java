package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Bodies;
import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without a valid token of the planmon realm for the {@code planmon-api} audience no API call gets through, and each
 * refusal is a 401 problem detail with a Bearer challenge.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class AuthenticationTest {

    static Stream<Arguments> refusedAuthorizations() throws Exception {
        return Stream.of(
                Arguments.of("no header", null),
                Arguments.of("another scheme", "Basic c3RhdHM6c2VjcmV0"),
                Arguments.of("garbage", "Bearer not-a-jwt"),
                Arguments.of("expired", "Bearer " + Tokens.expired()),
                Arguments.of("wrong issuer", "Bearer " + Tokens.wrongIssuer()),
                Arguments.of("no audience", "Bearer " + Tokens.withoutAudience()),
                Arguments.of("another audience", "Bearer " + Tokens.forAudience("account")),
                Arguments.of("tampered payload", "Bearer " + Tokens.tampered()),
                Arguments.of("signed by a foreign key", "Bearer " + Tokens.foreignKey()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAuthorizations")
    void refusesWithAProblemDetail(String why, String authorization) {
        for (String path :
                new String[] {"/api/v1/indicators", "/api/v1/tasks/42", "/api/v1/alerts", "/api/v1/nowhere"}) {
            RequestSpecification request = given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            Response response = request.when().get(path);

            assertThat(response.statusCode()).as(why + " " + path).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:unauthorized");
            assertThat(response.jsonPath().getString("title")).isEqualTo("Unauthorized");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(401);
            assertThat(response.jsonPath().getString("detail")).isNotBlank();
            assertThat(response.jsonPath().getString("instance")).isEqualTo(path);
            // Never forwarded: the stand-in would have answered with its echo.
            assertThat(response.jsonPath().getString("upstream")).isNull();
        }
    }

    @Test
    void tellsAMissingTokenFromARejectedOne() {
        String missing = given().when().get("/api/v1/tasks").jsonPath().getString("detail");
        String rejected = given().header("Authorization", "Bearer " + Tokens.expired())
                .when()
                .get("/api/v1/tasks")
                .jsonPath()
                .getString("detail");
        assertThat(missing).contains("required");
        assertThat(rejected).contains("not valid");
    }

    @Test
    void refusesAPostWithoutReadingItsBodyIntoAHang() {
        given().contentType("text/csv")
                .body(Bodies.csv(2 * 1024 * 1024))
                .when()
                .post("/api/v1/observations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void letsAValidTokenThrough() {
        given().auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(200);
    }
}
