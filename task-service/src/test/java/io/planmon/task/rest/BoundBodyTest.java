package io.planmon.task.rest;

import static io.planmon.task.support.TaskApi.jsonBody;
import static io.planmon.task.support.TaskApi.post;
import static io.planmon.task.support.TaskApi.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies are records bound by Jackson and checked by Bean Validation, and the kit's mappers, not Quarkus's own, answer
 * what goes wrong on the way: a value of the wrong kind, a broken rule, a body that is no JSON or none at all. The
 * OpenAPI document describes the records that are bound.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "plan-admin")
@OidcSecurity(claims = @Claim(key = "department", value = "PLANNING_OFFICE"))
class BoundBodyTest {

    @Test
    void aValueJacksonCannotBindDeepInTheBodyIsNamedByItsPath() {
        String body = jsonBody(uniqueCode(), "TRANSPORT", "WATER", "2026-01-01", "2028-12-31", "")
                .replace("\"due\": \"2026-01-01\"}", "\"due\": \"soon\"}");
        post(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("errors.field", equalTo(List.of("milestones[0].due")))
                .body("errors[0].message", equalTo("must be a date like 2027-06-30, got \"soon\""))
                .body("detail", startsWith("milestones[0].due: "));
        post(body.replace("\"article\": 20", "\"article\": \"20\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("article"))
                .body("errors[0].message", startsWith("must be a whole number"));
    }

    @Test
    void brokenRulesComeTogetherAsTheKitsProblemNotQuarkussViolationReport() {
        String body = jsonBody(uniqueCode(), "TRANSPORT", "TRANSPORT", "2026-01-01", "2028-12-31", "\"GDP_GROWTH\"")
                .replace("\"article\": 20", "\"article\": 1000")
                .replace("\"title\": \"第一步\"", "\"title\": \"  \"");
        post(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("title", equalTo("Invalid input"))
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("article", "coDepartments[0]", "milestones[0].title")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "must be between 1 and 999, got 1000",
                                "TRANSPORT is already the lead department",
                                "must not be blank")));
    }

    @Test
    void aBodyThatIsNoJsonObjectOrNoneAtAllNamesTheBody() {
        post("{\"code\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:unreadable-body"))
                .body("errors[0].field", equalTo("body"));
        post("\"a task\"").statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON)
                .post("/api/v1/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("a JSON object is required"));
    }

    @Test
    void theOpenApiSchemaIsTheBoundRecordWithItsConstraints() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.schemas.TaskInput.required", hasItems("article", "title", "start", "due"))
                .body("components.schemas.TaskInput.properties.article.maximum", equalTo(999))
                .body("components.schemas.ProgressInput.properties.percent.maximum", equalTo(100))
                .body(
                        "paths.'/api/v1/tasks'.post.requestBody.content.'application/json'.schema.'$ref'",
                        containsString("TaskInput"));
    }
}
