package io.planmon.task.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NUL and other control characters in a path id or a query parameter are a 400 problem naming it (the kit's
 * ControlCharacterFilter), and in a JSON text (tab and line breaks aside), where a NUL in {@code ?department=} or an id was a 500 from PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "plan-admin")
class ControlCharactersTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/tasks?department=STATS%00, department",
        "GET, /api/v1/tasks?department=%1b%5B31m, department",
        "GET, /api/v1/tasks?status=%00, status",
        "GET, /api/v1/tasks?article=1%07, article",
        "GET, /api/v1/tasks?x%00=1, parameter name",
        "GET, /api/v1/tasks/1%00, id",
        "GET, /api/v1/tasks/%00/progress, id",
        "POST, /api/v1/tasks/1%00/progress, id",
        "GET, /api/v1/articles/%00, number",
        "GET, /api/v1/articles/1%C2%85, number",
    })
    void aControlCharacterInAParameterIsA400NamingIt(String method, String path, String field) {
        problem(given().urlEncodingEnabled(false)
                        .contentType("application/json")
                        .body("{\"percent\": 10, \"narrative\": \"synthetic\"}")
                        .request(method, path)
                        .then())
                .body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"\\u0000", "\\u001b[31m", "\\u0085"})
    void aControlCharacterInAJsonTextIsA400NamingTheField(String escaped) {
        given().contentType("application/json")
                .body("{\"title\": \"synthetic" + escaped + "\"}")
                .put("/api/v1/tasks/1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.message", hasItem(containsString("must not contain control characters")));
    }

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("status", equalTo(400))
                .body("errors[0].message", containsString("must not contain control characters"));
    }
}
