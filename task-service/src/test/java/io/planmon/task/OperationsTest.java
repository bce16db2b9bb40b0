package io.planmon.task;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class OperationsTest {

    @Test
    void readyWithDatabaseAndBroker() {
        // The dependencies are checked in the background every 2 s: wait for a look that saw both.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("planmon dependencies"))
                .body("checks.find { it.name == 'planmon dependencies' }.data.database", equalTo("UP"))
                .body("checks.find { it.name == 'planmon dependencies' }.data.kafka", equalTo("UP")));
    }

    @Test
    void prometheusMetricsAndOpenApiArePublic() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("planmon_outbox_pending"));
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("planmon task-service"))
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/v1/articles/{number}",
                                "/api/v1/tasks",
                                "/api/v1/tasks/{id}",
                                "/api/v1/tasks/{id}/progress"))
                .body("components.schemas.keySet()", hasItems("ProgressInput", "TaskInput"));
    }
}
