package io.planmon.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON body followed by a second value, read into a JSON tree, is a 400 problem naming the body (Quarkus's own
 * mapper answered it with an empty 400; found by e2e BadInputIT).
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class StrictBodyTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/v1/receivers", "PUT, /api/v1/rules/999999999", "POST, /api/v1/silences"})
    void aSecondJsonValueAfterTheBodyIsA400ProblemNamingTheBody(String method, String path) {
        given().contentType("application/json")
                .body("{\"name\": \"synthetic\"}{}")
                .request(method, path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("Trailing token"));
    }
}
