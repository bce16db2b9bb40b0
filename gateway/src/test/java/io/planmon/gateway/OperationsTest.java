package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI document need no token; metrics count proxied requests per route and status. */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class OperationsTest {

    @Test
    void healthIsOpenAndUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void countsProxiedRequestsPerRouteAndStatus() {
        given().auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/receivers")
                .then()
                .statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("planmon_gateway_proxied_requests_total{route=\"notifications\",status=\"200\"}"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void tagsServerMetricsByCollectionNotByRawPath() {
        given().auth()
                .oauth2(Tokens.valid())
                .when()
                .get("/api/v1/tasks/42/progress")
                .then()
                .statusCode(200);
        given().when().get("/api/v1/no-such-thing/1").then().statusCode(401);
        given().when()
                .get("/q/metrics")
                .then()
                .body(containsString("uri=\"/api/v1/tasks/{path}\""))
                .body(containsString("uri=\"/api/v1/{unknown}\""))
                .body(not(containsString("/api/v1/tasks/42/progress")))
                .body(not(containsString("no-such-thing")));
    }

    @Test
    void openApiIsOpen() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("planmon API"));
    }
}
