package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A route with several instances ({@code planmon.routes.<route>.url=<url>,<url>}): requests take them in turn, and an
 * instance that cannot be reached is passed over for the next, so the caller never sees it.
 */
@QuarkusTest
@WithTestResource(
        value = UpstreamsResource.class,
        initArgs = {
            @ResourceArg(name = "second", value = "indicators"),
            @ResourceArg(name = "second-down", value = "tasks")
        })
class RoundRobinTest {

    @Test
    void requestsTakeTheInstancesInTurn() {
        Map<String, Integer> answeredBy = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            Response response = given().auth().oauth2(Tokens.valid()).get("/api/v1/indicators/GDP_GROWTH/evaluations");
            assertThat(response.statusCode()).isEqualTo(200);
            answeredBy.merge(response.jsonPath().getString("upstream"), 1, Integer::sum);
        }
        // Strictly alternating but for a background request of the gateway's own (the OpenAPI document's).
        assertThat(answeredBy).containsOnlyKeys("indicators", "indicators-2");
        assertThat(answeredBy.values()).allSatisfy(count -> assertThat(count).isBetween(9, 11));
    }

    @Test
    void anInstanceThatCannotBeReachedIsPassedOver() {
        for (int i = 0; i < 10; i++) {
            given().auth()
                    .oauth2(Tokens.valid())
                    .contentType("application/json")
                    .body("{\"percent\": 40}")
                    .post("/api/v1/tasks/42/progress")
                    .then()
                    .statusCode(200);
        }
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("planmon_gateway_upstream_failovers_total\\{route=\"tasks\"\\} [1-9]");
    }
}
