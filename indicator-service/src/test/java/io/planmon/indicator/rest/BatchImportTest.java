package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** A year of figures in one call: every good row is kept, every bad row is rejected with its index and reason. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "dept-stats", roles = "reporter")
@OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
class BatchImportTest {

    @Test
    void jsonRowsAreStoredOneByOneAndEachBadRowSaysWhy() {
        postJson("{\"observations\": [{\"indicator\": \"TEST_GROWTH\", \"period\": \"2026\", \"value\": 3.1}]}")
                .statusCode(200)
                .body("imported", equalTo(1));

        postJson(
                        """
                {"observations": [
                  {"indicator": "TEST_GROWTH", "period": "2023", "value": -2.5, "note": "synthetic"},
                  {"indicator": "TEST_GROWTH", "period": "2026", "value": 3.1},
                  {"indicator": "TEST_GROWTH", "period": "2026", "value": 3.4, "note": "revised"},
                  {"indicator": "NO_SUCH", "period": "2026", "value": 1},
                  {"indicator": "TEST_GROWTH", "period": "2026-13", "value": 1},
                  {"indicator": "TEST_GROWTH", "period": "2026Q1", "value": 1},
                  {"indicator": "TEST_GROWTH", "period": "2024", "value": "four"},
                  {"indicator": "TEST_SHARE", "period": "2026", "value": 140},
                  {"indicator": "FAMILY_DOCTOR_COVERAGE", "period": "2026", "value": 50},
                  {"indicator": "TEST_GROWTH", "period": "2025", "value": 160},
                  "not a row",
                  {"period": "2026", "value": 1}
                ]}""")
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("rejected.index", contains(3, 4, 5, 6, 7, 8, 10, 11))
                .body(
                        "rejected.field",
                        contains("indicator", "period", "period", "value", "value", "indicator", "row", "indicator"))
                .body("rejected[0].message", containsString("NO_SUCH"))
                .body("rejected[1].indicator", equalTo("TEST_GROWTH"))
                .body("rejected[1].period", equalTo("2026-13"))
                .body("rejected[2].message", containsString("ANNUAL"))
                .body("rejected[3].message", containsString("number"))
                .body("rejected[4].message", containsString("[0, 100]"))
                .body("rejected[5].message", containsString("HEALTH"));

        get("/api/v1/indicators/TEST_GROWTH/observations?from=2023&to=2026")
                .statusCode(200)
                .body("period", contains("2023", "2025", "2026"))
                .body("value", contains(num("-2.5"), num("160"), num("3.4")));
        get("/api/v1/indicators/TEST_GROWTH/observations/2026/revisions")
                .statusCode(200)
                .body("note", contains(nullValue(), equalTo("revised")));
    }

    @Test
    void csvRowsWithQuotedFieldsAreImportedTheSameWay() {
        String csv = "indicator,period,value,note\r\n"
                + "TEST_GROWTH,2011,1.5,\"synthetic, with a comma\"\r\n"
                + "TEST_GROWTH,2012,\"2.5\",\"said \"\"revised\"\"\nover two lines\"\r\n"
                + "TEST_GROWTH,2013,abc,\r\n"
                + "TEST_GROWTH,2014\r\n"
                + "\r\n"
                + "NO_SUCH,2011,1,\r\n";
        postCsv(csv)
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("rejected.index", contains(2, 3, 4))
                .body("rejected.field", contains("value", "row", "indicator"))
                .body("rejected[0].message", containsString("'abc' is not a number"))
                .body("rejected[1].message", containsString("line 6"));
        get("/api/v1/indicators/TEST_GROWTH/observations?from=2011&to=2012")
                .statusCode(200)
                .body("note", contains("synthetic, with a comma", "said \"revised\"\nover two lines"));

        postCsv("period,value,indicator\n2011,1.5,TEST_GROWTH\n")
                .statusCode(200)
                .body("unchanged", equalTo(1))
                .body("rejected", hasSize(0));
    }

    @Test
    void aBodyThatCannotBeReadAtAllIsAProblemNamingTheField() {
        postJson("{\"observations\": 3}").statusCode(400).body("errors[0].field", equalTo("observations"));
        postJson("{\"rows\": []").statusCode(400).body("errors[0].field", equalTo("body"));
        postCsv("indicator,period,amount\nX,2026,1\n").statusCode(400).body("errors[0].field", equalTo("header"));
        postCsv("indicator,period,value\nTEST_GROWTH,2026,\"1\n")
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
        postCsv("").statusCode(400).body("errors[0].field", equalTo("header"));
        postJson("{\"observations\": []}")
                .statusCode(200)
                .body("imported", equalTo(0))
                .body("rejected", hasSize(0));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aViewerCannotPush() {
        postJson("{\"observations\": []}").statusCode(403).contentType("application/problem+json");
    }

    private static ValidatableResponse postJson(String body) {
        return Api.postJson("/api/v1/observations", body);
    }

    private static ValidatableResponse postCsv(String body) {
        return Api.post("/api/v1/observations", "text/csv", body);
    }
}
