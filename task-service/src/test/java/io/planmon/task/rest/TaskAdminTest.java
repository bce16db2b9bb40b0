package io.planmon.task.rest;

import static io.planmon.task.support.TaskApi.jsonBody;
import static io.planmon.task.support.TaskApi.post;
import static io.planmon.task.support.TaskApi.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.task.support.TaskApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan admin creates and replaces tasks; every input error is a problem naming its field. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "plan-admin")
@OidcSecurity(claims = @Claim(key = "department", value = "PLANNING_OFFICE"))
class TaskAdminTest {

    private static String valid(String code) {
        return jsonBody(code, "TRANSPORT", "QINGPU_NEW_CITY", "2026-01-01", "2028-12-31", "\"GDP_GROWTH\"");
    }

    @Test
    void createsATaskAndFindsItByCooperatingDepartment() {
        String code = uniqueCode();
        post(valid(code))
                .statusCode(201)
                .header("Location", containsString("/api/v1/tasks/"))
                .body("code", equalTo(code))
                .body("assignment", equalTo("CONFIRMED"))
                .body("coDepartments", equalTo(List.of("QINGPU_NEW_CITY")))
                .body("milestones.size()", equalTo(2))
                .body("indicators[0]", equalTo("GDP_GROWTH"))
                .body("indicatorStatus[0].code", equalTo("GDP_GROWTH"))
                // evaluated at once: the first milestone was due on the start day, before the test's today
                .body("status", equalTo("BEHIND"))
                .body("statusReason", equalTo("milestone '第一步' was due 2026-01-01 and is not reached"));
        given().queryParam("department", "QINGPU_NEW_CITY")
                .queryParam("article", 20)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
        post(valid(code)).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void replacesATaskKeepingItsMilestonesById() {
        long id = TaskApi.create(valid(uniqueCode()));
        Map<String, Object> task =
                given().get("/api/v1/tasks/{id}", id).jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) task.get("milestones")).get(0);
        String update =
                """
                {"article": 21, "title": "改", "titleEn": "Changed", "leadDepartment": "PLANNING_RESOURCES",
                 "coDepartments": ["TRANSPORT", "TOWN_HUAXIN"], "assignment": "PROPOSED",
                 "start": "2026-01-01", "due": "2029-12-31",
                 "milestones": [{"id": %s, "title": "保留", "titleEn": "Kept", "due": "2026-01-01"},
                                {"title": "新", "titleEn": "New", "due": "2029-12-31"}]}
                """
                        .formatted(first.get("id"));
        given().contentType(ContentType.JSON)
                .body(update)
                .put("/api/v1/tasks/{id}", id)
                .then()
                .statusCode(200)
                .body("article", equalTo(21))
                .body("leadDepartment", equalTo("PLANNING_RESOURCES"))
                .body("coDepartments", equalTo(List.of("TOWN_HUAXIN", "TRANSPORT")))
                .body("assignment", equalTo("PROPOSED"))
                .body("due", equalTo("2029-12-31"))
                .body("milestones.size()", equalTo(2))
                .body("milestones[0].id", equalTo(first.get("id")))
                .body("milestones[0].title", equalTo("保留"))
                .body("indicators.size()", equalTo(0));
    }

    @Test
    void everyBadFieldIsNamed() {
        String code = uniqueCode();
        assertField(jsonBody(code, "TRANSPORT", "WATER", "2026-06-01", "2026-05-31", ""), "due", "must not be before");
        assertField(jsonBody(code, "TRANSPORT", "WATER", "2025-12-31", "2027-01-01", ""), "start", "plan period");
        assertField(jsonBody(code, "TRANSPORT", "WATER", "2026-01-01", "2031-01-01", ""), "due", "plan period");
        assertField(jsonBody(code, "TRANSPORT", "WATER", "2026-01-01", "2027-13-01", ""), "due", "must be a date");
        assertField(jsonBody(code, "MARS", "WATER", "2026-01-01", "2027-01-01", ""), "leadDepartment", "unknown");
        assertField(
                jsonBody(code, "TRANSPORT", "NOBODY", "2026-01-01", "2027-01-01", ""), "coDepartments[0]", "unknown");
        assertField(
                jsonBody(code, "TRANSPORT", "TRANSPORT", "2026-01-01", "2027-01-01", ""), "coDepartments[0]", "lead");
        assertField(
                jsonBody(code, "TRANSPORT", "WATER", "2026-01-01", "2027-01-01", "\"gdp growth\""),
                "indicators[0]",
                "not an indicator code");
        assertField(valid(code).replace("\"article\": 20", "\"article\": 51"), "article", "no article 51");
        assertField(valid(code).replace("\"article\": 20", "\"article\": \"twenty\""), "article", "whole number");
        assertField(valid(code).replace("\"code\": \"" + code + "\"", "\"code\": \"bad code\""), "code", "capital");
        assertField(valid(code).replace("\"title\": \"测试任务（合成）\",", ""), "title", "required");
        assertField(
                valid(code).replace("\"due\": \"2026-01-01\"}", "\"due\": \"2029-01-01\"}"),
                "milestones[0].due",
                "between");
    }

    @Test
    void severalErrorsComeTogether() {
        post(jsonBody(uniqueCode(), "MARS", "WATER", "2026-06-01", "2026-05-31", "\"x\""))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("due", "indicators[0]")));
    }

    @Test
    void replacingAnUnknownTaskIsNotFoundAndTheCodeStays() {
        given().contentType(ContentType.JSON)
                .body(valid(uniqueCode()))
                .put("/api/v1/tasks/999999")
                .then()
                .statusCode(404);
        long id = TaskApi.create(valid(uniqueCode()));
        given().contentType(ContentType.JSON)
                .body(valid(uniqueCode()))
                .put("/api/v1/tasks/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void onlyThePlanAdminCreates() {
        post(valid(uniqueCode())).statusCode(403).contentType("application/problem+json");
    }

    private static void assertField(String body, String field, String message) {
        List<Map<String, String>> errors = post(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", startsWith("urn:planmon:problem:validation"))
                .extract()
                .jsonPath()
                .getList("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("field")).isEqualTo(field);
            assertThat(e.get("message")).contains(message);
        });
    }
}
