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
 * NUL and other control characters in a path id or a query parameter are a 400 problem naming it (the kit's
 * ControlCharacterFilter), and in a JSON text (tab and line breaks aside), where a NUL in {@code ?department=} or an alert id was a 500 from PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class ControlCharactersTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/alerts?department=STATS%00, department",
        "GET, /api/v1/alerts?subject=GDP%0A, subject",
        "GET, /api/v1/alerts?state=%00, state",
        "GET, /api/v1/alerts/1%00, id",
        "POST, /api/v1/alerts/%00/ack, id",
        "GET, /api/v1/activity?subject=%00, subject",
        "GET, /api/v1/deliveries?alert=1%00, alert",
        "GET, /api/v1/silences?all=%00, all",
        "DELETE, /api/v1/silences/%00, id",
        "PUT, /api/v1/rules/%00, id",
        "DELETE, /api/v1/rules/1%7F, id",
        "GET, /api/v1/receivers/%00, id",
    })
    void aControlCharacterInAParameterIsA400NamingIt(String method, String path, String field) {
        given().urlEncodingEnabled(false)
                .contentType("application/json")
                .body("{\"comment\": \"synthetic\"}")
                .request(method, path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString("must not contain control characters"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"\\u0000", "\\u001b[31m", "\\u0085"})
    void aControlCharacterInAJsonTextIsA400NamingTheField(String escaped) {
        given().contentType("application/json")
                .body("{\"subject\": \"E2E-SYNTHETIC" + escaped + "\", \"reason\": \"synthetic\","
                        + " \"expiresAt\": \"2030-12-31T00:00:00Z\"}")
                .post("/api/v1/silences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("subject"))
                .body("errors[0].message", containsString("must not contain control characters"));
    }
}
