package io.planmon.kit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The kit's problem mappers through real HTTP against the test application's {@code PlanResource}: every error is an
 * {@code application/problem+json} answer with the type, status and field the services' APIs give
 * (docs/development.md, docs/architecture.md), and the kit's mappers win over the ones Quarkus registers itself.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class ProblemMappingTest {
    private static final String PLANS = "/kit-test/plans";

    @Test
    void aValidBodyIsBound() {
        post("{\"article\": 20, \"title\": \"Roads\", \"steps\": [{\"title\": \"Survey\", \"due\": \"2027-06-30\"}]}")
                .statusCode(200)
                .body("steps[0].due", equalTo("2027-06-30"));
    }

    @Test
    void malformedJsonIsAnUnreadableBody() {
        problem(post("{\"article\": 20, \"title\": "), 400, "unreadable-body").body("errors.field", contains("body"));
        problem(post("{\"article\": 20}{\"article\": 21}"), 400, "unreadable-body")
                .body("errors[0].message", startsWith("Trailing token"));
        problem(post("[1, 2]"), 400, "unreadable-body").body("errors.field", contains("body"));
    }

    @Test
    void aValueOfTheWrongKindNamesItsField() {
        problem(post("{\"article\": \"twenty\", \"title\": \"Roads\"}"), 400, "validation")
                .body("errors.field", contains("article"))
                .body("errors[0].message", equalTo("must be a whole number"))
                .body("detail", equalTo("article: must be a whole number"));
        problem(
                        post(
                                "{\"article\": 20, \"title\": \"Roads\", \"steps\": [{\"title\": \"a\"}, {\"due\": \"2027-13-01\"}]}"),
                        400,
                        "validation")
                .body("errors.field", contains("steps[1].due"))
                .body("errors[0].message", equalTo("must be a date like 2027-06-30, got \"2027-13-01\""));
    }

    @Test
    void everyBrokenRuleIsNamedAtOnceSortedByField() {
        problem(post("{\"article\": 0, \"title\": \" \", \"steps\": [{\"title\": \"\"}]}"), 400, "validation")
                .body("errors.field", contains("article", "steps[0].title", "title"))
                .body(
                        "errors.message",
                        contains("must be greater than or equal to 1", "must not be blank", "must not be blank"));
        problem(post(""), 400, "validation").body("errors.field", contains("body"));
        problem(given().get(PLANS + "/0").then(), 400, "validation").body("errors.field", contains("article"));
    }

    @Test
    void aDomainRefusalKeepsItsOwnTypeAndStatus() {
        problem(given().get(PLANS + "/7").then(), 404, "not-found")
                .body("detail", equalTo("no plan has article 7"))
                .body("instance", equalTo(PLANS + "/7"));
    }

    @Test
    void aCancelledStatementIsBusyDataNotABug() {
        problem(given().get(PLANS + "/slow").then(), 503, "database-busy")
                .header("Retry-After", "1")
                .body("detail", startsWith("the data is busy"));
    }

    @Test
    void aBugIsA500WithAReferenceAndNoStackTrace() {
        problem(given().get(PLANS + "/broken").then(), 500, "internal")
                .body("detail", startsWith("unexpected error; quote reference "))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("IllegalState")));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post(PLANS).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:" + slug))
                .body("status", equalTo(status));
    }
}
