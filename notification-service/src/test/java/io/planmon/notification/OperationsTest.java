package io.planmon.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class OperationsTest {

    @Test
    void readyWithDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAndOpenApiArePublic() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("planmon_outbox_pending"));
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("planmon notification-service"))
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/v1/activity",
                                "/api/v1/alerts",
                                "/api/v1/alerts/{id}/ack",
                                "/api/v1/alerts/stream",
                                "/api/v1/silences",
                                "/api/v1/receivers",
                                "/api/v1/rules",
                                "/api/v1/deliveries"));
    }
}
