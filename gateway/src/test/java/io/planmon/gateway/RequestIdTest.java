package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every request carries one X-Request-Id: to the upstream and back to the caller, kept when the caller's is sane. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class RequestIdTest {

    @Test
    void generatesAnIdAndSendsItDownstreamAndBack() {
        Response response = given().auth().oauth2(Tokens.valid()).when().get("/api/v1/indicators/GDP_GROWTH");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
        String id = response.header("X-Request-Id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
    }

    @Test
    void keepsTheCallersSaneId() {
        Response response = given().auth()
                .oauth2(Tokens.valid())
                .header("X-Request-Id", "stats-import-2026Q1.0042")
                .when()
                .get("/api/v1/tasks/42");
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("stats-import-2026Q1.0042");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo("stats-import-2026Q1.0042");
    }

    @Test
    void replacesAnIdThatCouldForgeLogLines() {
        for (String insane : new String[] {"two words", "x".repeat(200), "a;b=c"}) {
            Response response = given().auth()
                    .oauth2(Tokens.valid())
                    .header("X-Request-Id", insane)
                    .when()
                    .get("/api/v1/alerts/17");
            String id = response.header("X-Request-Id");
            assertThat(id).as(insane).isNotEqualTo(insane);
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
        }
    }

    @Test
    void answersRejectedAndLocalRequestsWithAnIdToo() {
        assertThat(given().when().get("/api/v1/tasks").header("X-Request-Id")).isNotBlank();
        assertThat(given().when().get("/q/health/live").header("X-Request-Id")).isNotBlank();
    }
}
