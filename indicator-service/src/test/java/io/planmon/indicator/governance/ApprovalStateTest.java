package io.planmon.indicator.governance;

import static io.planmon.indicator.rest.Api.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * Every evaluation says how far its figure has come (APPROVED, SUBMITTED, PROVISIONAL), the catalogue's latest ones
 * too, and both filter on it. The synthetic department TEST_APPR is this class's alone.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "viewer", roles = "viewer")
class ApprovalStateTest {

    @Test
    void evaluationsCarryTheApprovalOfTheirPeriodAndFilterOnIt() {
        Acting.push("TEST_APPR_X", "2019", "1");
        Acting.push("TEST_APPR_X", "2020", "2");
        Acting.push("TEST_APPR_X", "2021", "3");
        Acting.approved("TEST_APPR", "2019");
        Acting.submitted("TEST_APPR", "2020");

        get("/api/v1/indicators/TEST_APPR_X/evaluations")
                .statusCode(200)
                .body("period", contains("2019", "2020", "2021"))
                .body("approval", contains("APPROVED", "SUBMITTED", "PROVISIONAL"));
        get("/api/v1/indicators/TEST_APPR_X/evaluations?approval=approved")
                .statusCode(200)
                .body("period", contains("2019"));
        get("/api/v1/indicators/TEST_APPR_X/evaluations?approval=FINAL")
                .statusCode(400)
                .body("errors[0].field", equalTo("approval"))
                .body("errors[0].message", containsString("APPROVED, SUBMITTED, PROVISIONAL"));

        get("/api/v1/indicators/TEST_APPR_X")
                .statusCode(200)
                .body("latest.period", equalTo("2021"))
                .body("latest.approval", equalTo("PROVISIONAL"));
        get("/api/v1/indicators?department=TEST_APPR&approval=PROVISIONAL")
                .statusCode(200)
                .body("code", contains("TEST_APPR_X"));
        get("/api/v1/indicators?department=TEST_APPR&approval=APPROVED")
                .statusCode(200)
                .body("", hasSize(0));
        get("/api/v1/indicators?approval=").statusCode(400).body("errors[0].field", equalTo("approval"));

        // an approval changes the reads' version: nothing stale is served from the read cache
        Acting.approved("TEST_APPR", "2021");
        get("/api/v1/indicators/TEST_APPR_X").statusCode(200).body("latest.approval", equalTo("APPROVED"));
        get("/api/v1/indicators?department=TEST_APPR&approval=APPROVED")
                .statusCode(200)
                .body("code", contains("TEST_APPR_X"));
    }
}
