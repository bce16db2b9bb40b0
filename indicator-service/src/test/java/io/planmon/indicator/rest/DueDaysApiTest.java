package io.planmon.indicator.rest;

import static org.hamcrest.Matchers.equalTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The plan admin sets when an indicator's values are due, or clears it back to its frequency's default. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class DueDaysApiTest {

    @Test
    @TestSecurity(user = "planner", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
    void thePlanAdminSetsTheDueDaysAndClearsThemBackToTheDefault() {
        put("TEST_QUARTERLY", "{\"dueDays\": 45}").statusCode(200).body("dueDays", equalTo(45));
        Api.get("/api/v1/indicators/TEST_QUARTERLY").statusCode(200).body("dueDays", equalTo(45));
        put("TEST_QUARTERLY", "{\"dueDays\": null}").statusCode(200).body("dueDays", equalTo(30));
    }

    @Test
    @TestSecurity(user = "planner", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
    void aBadValueIsRefusedNamingTheFieldAndNothingChanges() {
        for (String body : new String[] {"{\"dueDays\": 0}", "{\"dueDays\": 367}", "{\"dueDays\": \"soon\"}", "{}"}) {
            put("TEST_QUARTERLY", body)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("dueDays"));
        }
        Api.get("/api/v1/indicators/TEST_QUARTERLY").statusCode(200).body("dueDays", equalTo(30));
        put("NO_SUCH_INDICATOR", "{\"dueDays\": 45}").statusCode(404);
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void theOwningDepartmentMayNotSetItsOwnDueDate() {
        put("TEST_QUARTERLY", "{\"dueDays\": 365}").statusCode(403);
    }

    private static ValidatableResponse put(String code, String body) {
        return Api.putJson("/api/v1/indicators/" + code + "/due-days", body);
    }
}
