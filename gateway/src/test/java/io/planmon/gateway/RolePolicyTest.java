package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Once HTTP role policies guard API paths (the role matrix comes with the security issue), a wrong role still gets a
 * problem detail (403), and a caller without a token still gets the 401 problem, not the policy's empty challenge.
 */
@QuarkusTest
@TestProfile(RolePolicyTest.MonitorOnlyReceivers.class)
@WithTestResource(UpstreamsResource.class)
class RolePolicyTest {

    /** Receivers are for the monitoring office only. */
    public static class MonitorOnlyReceivers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.auth.policy.monitor.roles-allowed", "monitor",
                    "quarkus.http.auth.permission.receivers.paths", "/api/v1/receivers,/api/v1/receivers/*",
                    "quarkus.http.auth.permission.receivers.policy", "monitor");
        }
    }

    @Test
    void answersAWrongRoleWith403Problem() {
        Response response = given().auth().oauth2(Tokens.valid()).when().get("/api/v1/receivers/3");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:forbidden");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/v1/receivers/3");
    }

    @Test
    void answersNoTokenWith401ProblemBeforeAnyPolicy() {
        Response response = given().when().get("/api/v1/receivers/3");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:unauthorized");
    }

    @Test
    void letsTheRightRoleThrough() {
        given().auth()
                .oauth2(Tokens.withRoles("monitor"))
                .when()
                .get("/api/v1/receivers/3")
                .then()
                .statusCode(200);
    }
}
