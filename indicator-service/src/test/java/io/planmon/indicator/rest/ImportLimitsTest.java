package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static io.planmon.indicator.rest.Api.request;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * What cannot be data: periods that have not begun (unless the plan admin allows forecasts) or lie before 1900,
 * numbers the numeric(20, 6) columns cannot hold, control characters. Each is a problem naming the field, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "dept-stats", roles = "reporter")
@OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
class ImportLimitsTest {
    private static final String SHANGHAI_YEAR =
            Integer.toString(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    private static final String NEXT_YEAR = Integer.toString(Integer.parseInt(SHANGHAI_YEAR) + 1);

    @Test
    void aPeriodThatHasNotBegunOrLiesBefore1900IsUnprocessable() {
        put("TEST_FUTURE", NEXT_YEAR, "{\"value\": 1}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("has not begun"));
        put("TEST_FUTURE", "1899", "{\"value\": 1}").statusCode(422).body("errors[0].field", equalTo("period"));
        put("TEST_FUTURE", SHANGHAI_YEAR, "{\"value\": 1, \"note\": \"synthetic\"}")
                .statusCode(201);
        put("TEST_FUTURE", "1900", "{\"value\": 1, \"note\": \"synthetic\"}").statusCode(201);
        batch("{\"observations\": [{\"indicator\": \"TEST_FUTURE\", \"period\": \"" + NEXT_YEAR + "\", \"value\": 2},"
                        + " {\"indicator\": \"TEST_FUTURE\", \"period\": \"1850\", \"value\": 2}]}")
                .statusCode(200)
                .body("imported", equalTo(0))
                .body("rejected.field", contains("period", "period"));
    }

    @Test
    void aReporterCannotAllowFuturePeriods() {
        setFuturePeriods("{\"allowed\": true}").statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "plan-admin")
    void thePlanAdminAllowsFuturePeriodsAndThenTheyAreStored() {
        setFuturePeriods("{\"allowed\": \"yes\"}").statusCode(400).body("errors[0].field", equalTo("allowed"));
        setFuturePeriods("{\"allowed\": true}").statusCode(200).body("futurePeriods", equalTo(true));
        try {
            put("TEST_FUTURE", "2040", "{\"value\": 3, \"note\": \"synthetic forecast\"}")
                    .statusCode(201);
            // Before 1900 stays refused whatever the setting.
            put("TEST_FUTURE", "1899", "{\"value\": 1}").statusCode(422);
        } finally {
            setFuturePeriods("{\"allowed\": false}").statusCode(200).body("futurePeriods", equalTo(false));
        }
        put("TEST_FUTURE", "2041", "{\"value\": 3}").statusCode(422);
        get("/api/v1/indicators/TEST_FUTURE").statusCode(200).body("futurePeriods", equalTo(false));
    }

    @Test
    void numbersBeyondTheColumnAreABadRequestNamingTheValue() {
        String digits400 = "9".repeat(400);
        for (String value : new String[] {"1e400", "-1e400", digits400, "1e14", "-99999999999999.9999999"}) {
            put("TEST_LIMITS", "2001", "{\"value\": " + value + "}")
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("value"))
                    .body("errors[0].message", containsString("14 digits"));
        }
        put("TEST_LIMITS", "2001", "{\"value\": 99999999999999.999999, \"note\": \"synthetic\"}")
                .statusCode(201);
        put("TEST_LIMITS", "2002", "{\"value\": 1e-400, \"note\": \"synthetic\"}")
                .statusCode(201);
        get("/api/v1/indicators/TEST_LIMITS/observations?from=2001&to=2002")
                .statusCode(200)
                .body("value", contains(num("99999999999999.999999"), num("0")));

        batch("{\"observations\": [{\"indicator\": \"TEST_LIMITS\", \"period\": \"2003\", \"value\": 1e400},"
                        + " {\"indicator\": \"TEST_LIMITS\", \"period\": \"2003\", \"value\": " + digits400 + "}]}")
                .statusCode(200)
                .body("rejected.field", contains("value", "value"));
        request()
                .contentType("text/csv")
                .body(
                        "indicator,period,value\nTEST_LIMITS,2003,-1e400\nTEST_LIMITS,2003,NaN\nTEST_LIMITS,2003,Infinity\n")
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("rejected.field", contains("value", "value", "value"));
    }

    @Test
    void controlCharactersInCodesPeriodsNotesAndParametersAreABadRequestNamingTheField() {
        request()
                .urlEncodingEnabled(false)
                .contentType(ContentType.JSON)
                .body("{\"value\": 1}")
                .put("/api/v1/indicators/TEST_LIMITS%00/observations/2004")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
        request()
                .urlEncodingEnabled(false)
                .contentType(ContentType.JSON)
                .body("{\"value\": 1}")
                .put("/api/v1/indicators/TEST_LIMITS/observations/20%0004")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("period"));
        put("TEST_LIMITS", "2004", "{\"value\": 1, \"note\": \"synthetic\\u0000\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        put("TEST_LIMITS", "2004", "{\"value\": 1, \"note\": \"synthetic\\u001b[31m\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        put("TEST_LIMITS", "2004", "{\"value\": 1, \"note\": \"synthetic,\\r\\n\\tover lines\"}")
                .statusCode(201);
        for (String query : new String[] {"from=20%0001", "to=%07", "area=X%00"}) {
            request()
                    .urlEncodingEnabled(false)
                    .get("/api/v1/indicators/TEST_LIMITS/observations?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", everyItem(equalTo(query.substring(0, query.indexOf('=')))));
        }
        request()
                .urlEncodingEnabled(false)
                .get("/api/v1/indicators?area=X%00")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("area"));
        batch(
                        "{\"observations\": ["
                                + "{\"indicator\": \"TEST_\\u0000LIMITS\", \"period\": \"2005\", \"value\": 1},"
                                + "{\"indicator\": \"TEST_LIMITS\", \"period\": \"20\\u000005\", \"value\": 1},"
                                + "{\"indicator\": \"TEST_LIMITS\", \"period\": \"2005\", \"value\": 1, \"note\": \"syn\\u0000thetic\"},"
                                + "{\"indicator\": \"TEST_LIMITS\", \"period\": \"2005\", \"value\": 1, \"note\": \"synthetic\"}]}")
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("rejected.field", contains("indicator", "period", "note"));
    }

    private static ValidatableResponse put(String code, String period, String body) {
        return Api.putJson("/api/v1/indicators/" + code + "/observations/" + period, body);
    }

    private static ValidatableResponse batch(String body) {
        return Api.postJson("/api/v1/observations", body);
    }

    private static ValidatableResponse setFuturePeriods(String body) {
        return Api.putJson("/api/v1/indicators/TEST_FUTURE/future-periods", body);
    }
}
