package io.planmon.task.rest;

import static io.planmon.task.support.TaskApi.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.task.service.TaskAdminService;
import io.planmon.task.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A body with a second JSON value after the first, or a key given twice, is refused, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class StrictJsonTest {

    @Inject
    TaskAdminService admin;

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void trailingValuesAndDuplicateKeysAre400ProblemsNamingTheBody() {
        long task = admin.create(Fixtures.transportTask()).id;

        report(task, "{\"percent\": 10, \"narrative\": \"synthetic\"}{\"percent\": 90, \"narrative\": \"synthetic\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("Trailing token"));
        report(task, "{\"percent\": 10, \"percent\": 90, \"narrative\": \"synthetic\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("Duplicate field 'percent'"));

        given().get("/api/v1/tasks/{id}/progress", task).then().statusCode(200).body("size()", equalTo(0));
    }
}
