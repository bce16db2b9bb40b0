package io.planmon.task.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.planmon.devstack.test.ClosedDatabase;
import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A database that refuses connections is an outage the client can wait out (503, Retry-After), never a 500. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "plan-admin")
class DatabaseOutageTest {

    @Test
    void readsAndWritesGetA503ProblemWithRetryAfterWhileTheDatabaseIsClosedAndWorkAgainAfterwards() throws Exception {
        given().get("/api/v1/articles/1").then().statusCode(200);

        try (ClosedDatabase outage = ClosedDatabase.start()) {
            given().get("/api/v1/articles/2")
                    .then()
                    .time(lessThan(5_000L), TimeUnit.MILLISECONDS)
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:planmon:problem:database-unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("retry later"));
            given().contentType("application/json")
                    .body("{\"percent\": 10, \"narrative\": \"synthetic outage test\"}")
                    .post("/api/v1/tasks/1/progress")
                    .then()
                    .statusCode(503)
                    .body("type", equalTo("urn:planmon:problem:database-unavailable"));
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/v1/articles/1").then().statusCode(200));
    }
}
