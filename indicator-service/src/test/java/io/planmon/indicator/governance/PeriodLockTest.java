package io.planmon.indicator.governance;

import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static io.planmon.indicator.rest.Api.push;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.indicator.rest.Api;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An approved period is locked and a submitted one frozen for review: a value for it is a 409 saying who froze it and
 * how to ask for a change, on the single PUT and as a rejected row of a batch (JSON, CSV, dry run, asynchronous),
 * whose other rows are stored. Years 2001 to 2009 of the synthetic department TEST_GOV are this class's.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "dept-test-gov", roles = "reporter")
@OidcSecurity(claims = @Claim(key = "department", value = "TEST_GOV"))
class PeriodLockTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aValueForAnApprovedPeriodIsA409SayingWhoLockedItAndHowToAskForAChange() {
        Acting.push("TEST_GOV_A", "2001", "10");
        long id = Acting.approved("TEST_GOV", "2001");

        push("TEST_GOV_A", "2001", "11")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:planmon:problem:period-locked"))
                .body("errors[0].field", equalTo("period"))
                .body("detail", containsString("approved by monitor"))
                .body("detail", containsString("POST /api/v1/submissions/" + id + "/reopen"));
        // the whole unit is locked, also a figure the department had not sent
        push("TEST_GOV_B", "2001", "5").statusCode(409).body("errors[0].field", equalTo("period"));
        get("/api/v1/indicators/TEST_GOV_A/observations/2001/revisions")
                .statusCode(200)
                .body("value", contains(num("10")));
        get("/api/v1/indicators/TEST_GOV_B/observations?from=2001&to=2001")
                .statusCode(200)
                .body("", hasSize(0));
        // the same value again changes nothing, but is refused all the same: the period takes no push at all
        push("TEST_GOV_A", "2001", "10").statusCode(409);
        // the quarterly set of the same department and year is another unit
        push("TEST_GOV_Q", "2001Q1", "3").statusCode(201);
    }

    @Test
    void aSubmittedPeriodIsFrozenForReviewUntilTheOfficeReturnsIt() {
        Acting.push("TEST_GOV_A", "2002", "20");
        long id = Acting.submitted("TEST_GOV", "2002");

        push("TEST_GOV_A", "2002", "21")
                .statusCode(409)
                .body("type", equalTo("urn:planmon:problem:period-under-review"))
                .body("errors[0].field", equalTo("period"))
                .body("detail", containsString("POST /api/v1/submissions/" + id + "/return"));
        Acting.returned(id, "synthetic: correct 2002");
        push("TEST_GOV_A", "2002", "21").statusCode(200).body("outcome", equalTo("REVISED"));
    }

    @Test
    void inABatchARowForALockedPeriodIsRejectedWithTheReasonAndTheOthersAreStored() {
        Acting.push("TEST_GOV_A", "2003", "30");
        Acting.approved("TEST_GOV", "2003");
        String json = "{\"observations\": ["
                + "{\"indicator\": \"TEST_GOV_A\", \"period\": \"2003\", \"value\": 31, \"note\": \"synthetic\"},"
                + "{\"indicator\": \"TEST_GOV_A\", \"period\": \"2004\", \"value\": 40, \"note\": \"synthetic\"},"
                + "{\"indicator\": \"TEST_GOV_B\", \"period\": \"2003\", \"value\": 9, \"note\": \"synthetic\"},"
                + "{\"indicator\": \"TEST_GOV_Q\", \"period\": \"2003Q2\", \"value\": 4, \"note\": \"synthetic\"}]}";

        batch(ContentType.JSON.toString(), "?dryRun=true", json)
                .body("dryRun", equalTo(true))
                .body("imported", equalTo(2))
                .body("rejected.index", contains(0, 2));
        batch(ContentType.JSON.toString(), "", json)
                .body("imported", equalTo(2))
                .body("updated", equalTo(0))
                .body("rejected", hasSize(2))
                .body("rejected.index", contains(0, 2))
                .body("rejected.field", contains("period", "period"))
                .body("rejected[0].message", startsWith("TEST_GOV_A 2003 is locked"))
                .body("rejected[1].message", containsString("approved by monitor"));
        get("/api/v1/indicators/TEST_GOV_A/observations?from=2003&to=2004")
                .statusCode(200)
                .body("period", contains("2003", "2004"))
                .body("value", contains(num("30"), num("40")));

        String csv = "indicator,period,value,note\nTEST_GOV_A,2003,32,synthetic\nTEST_GOV_A,2005,50,synthetic\n";
        batch("text/csv", "", csv)
                .body("imported", equalTo(1))
                .body("rejected.index", contains(0))
                .body("rejected[0].message", containsString("reopen"));
    }

    @Test
    void anAsynchronousImportRejectsTheRowsOfALockedPeriodAndStoresTheRest() {
        Acting.push("TEST_GOV_A", "2006", "60");
        Acting.approved("TEST_GOV", "2006");
        String location = Api.post(
                        "/api/v1/observations?async=true",
                        "text/csv",
                        "indicator,period,value,note\nTEST_GOV_A,2007,70,synthetic\nTEST_GOV_A,2006,61,synthetic\n")
                .statusCode(202)
                .extract()
                .header("Location");

        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> "DONE".equals(get(location).extract().path("state")));
        get(location)
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("rejectedCount", equalTo(1))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].field", equalTo("period"))
                .body("rejected[0].message", containsString("is locked"));
        get("/api/v1/indicators/TEST_GOV_A/observations/2006/revisions")
                .statusCode(200)
                .body("value", contains(num("60")));
    }

    private static ValidatableResponse batch(String contentType, String query, String body) {
        return Api.post("/api/v1/observations" + query, contentType, body).statusCode(200);
    }
}
