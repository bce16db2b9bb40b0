package io.planmon.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class ObservationResourceTest {
    private static final String FAMILY_DOCTOR = "/api/v1/indicators/FAMILY_DOCTOR_COVERAGE/observations/";

    @Test
    @TestSecurity(user = "dept-health", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "HEALTH"))
    void aFirstValueIsCreatedTheSameValueChangesNothingAndANewValueIsARevision() {
        put(FAMILY_DOCTOR + "2026", "{\"value\": 40.5, \"note\": \"synthetic\"}")
                .statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .body("revision", equalTo(1))
                .body("recordedBy", equalTo("dept-health"));
        put(FAMILY_DOCTOR + "2026", "{\"value\": 40.50}")
                .statusCode(200)
                .body("outcome", equalTo("UNCHANGED"))
                .body("revision", equalTo(1));
        put(FAMILY_DOCTOR + "2026", "{\"value\": 41.2, \"note\": \"corrected\"}")
                .statusCode(200)
                .body("outcome", equalTo("REVISED"))
                .body("revision", equalTo(2))
                .body("note", equalTo("corrected"));
    }

    @Test
    @TestSecurity(user = "dept-health", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "HEALTH"))
    void badInputIsAProblemDetailNamingTheField() {
        problem(put(FAMILY_DOCTOR + "2026-13", "{\"value\": 40}"), 400, "period");
        problem(put(FAMILY_DOCTOR + "2026Q1", "{\"value\": 40}"), 400, "period")
                .body("detail", containsString("ANNUAL"));
        problem(put(FAMILY_DOCTOR + "2027", "{\"note\": \"no value\"}"), 400, "value");
        problem(put(FAMILY_DOCTOR + "2027", "{\"value\": \"forty\"}"), 400, "value");
        problem(put(FAMILY_DOCTOR + "2027", "{\"value\": 40, \"note\": 7}"), 400, "note");
        problem(put(FAMILY_DOCTOR + "2027", "{\"value\": 4"), 400, "body");
        problem(put(FAMILY_DOCTOR + "2027", "[40]"), 400, "body");
        put("/api/v1/indicators/NO_SUCH_THING/observations/2026", "{\"value\": 1}")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("NO_SUCH_THING"));
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void aReporterCannotWriteAnotherDepartmentsIndicator() {
        put(FAMILY_DOCTOR + "2028", "{\"value\": 50}")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("HEALTH"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aViewerCannotWrite() {
        put(FAMILY_DOCTOR + "2028", "{\"value\": 50}").statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        put(FAMILY_DOCTOR + "2028", "{\"value\": 50}")
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    private static io.restassured.response.ValidatableResponse put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    private static io.restassured.response.ValidatableResponse problem(
            io.restassured.response.ValidatableResponse response, int status, String field) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors[0].field", equalTo(field));
    }
}
