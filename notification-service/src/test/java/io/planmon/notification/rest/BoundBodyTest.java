package io.planmon.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules, receivers and silences are records bound by Jackson: every broken rule of a body is named at once, a value of
 * the wrong kind names its field, and enum constants are read in any case, as the hand-written reader did.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class BoundBodyTest {

    @Test
    void everyBrokenRuleOfARuleIsNamedAtOnce() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"  \", \"holdPeriods\": 0, \"receivers\": [null]}")
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("errors.field", equalTo(List.of("holdPeriods", "name", "receivers[0]")))
                .body(
                        "errors.message",
                        equalTo(List.of("must be an integer of at least 1", "is required", "must be a receiver id")));
    }

    @Test
    void aValueOfTheWrongKindNamesItsField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"r\", \"receivers\": [1, \"two\"]}")
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("errors[0].field", equalTo("receivers[1]"))
                .body("errors[0].message", startsWith("must be a whole number"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"m\", \"kind\": \"PIGEON\"}")
                .post("/api/v1/receivers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", startsWith("must be one of [WEBHOOK, EMAIL]"));
    }

    @Test
    void enumConstantsAreReadInAnyCaseAndTextsStripped() {
        given().contentType(ContentType.JSON)
                .body("{\"subject\": \"  E2E-BOUND-BODY \", \"severity\": \"warning\", \"condition\": \"Status\","
                        + " \"reason\": \"synthetic\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}")
                .post("/api/v1/silences")
                .then()
                .statusCode(201)
                .body("subject", equalTo("E2E-BOUND-BODY"))
                .body("severity", equalTo("WARNING"))
                .body("condition", equalTo("STATUS"));
    }
}
