package io.planmon.indicator.governance;

import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static io.planmon.indicator.rest.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.EventType;
import io.planmon.indicator.rest.Api;
import io.planmon.kit.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Submission and approval of a department's figures of a period: each step by whom it belongs to, recorded with who,
 * when and the comment, announced on Kafka; every refusal a problem naming the field, leaving nothing behind. Each test
 * uses a year of its own of the synthetic department TEST_GOV (annual TEST_GOV_A and TEST_GOV_B, quarterly TEST_GOV_Q).
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class SubmissionApiTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    @TestSecurity(user = "dept-test-gov", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TEST_GOV"))
    void aDepartmentSubmitsItsFiguresOfAPeriodAndTheStepKeepsEachFigure() {
        Acting.push("TEST_GOV_A", "2011", "40.5");
        Acting.push("TEST_GOV_A", "2011", "41");

        String location = post("/api/v1/submissions", "{\"period\": \"2011\", \"comment\": \"from the yearbook\"}")
                .statusCode(201)
                .header("Location", containsString("/api/v1/submissions/"))
                .body("department", equalTo("TEST_GOV"))
                .body("period", equalTo("2011"))
                .body("frequency", equalTo("ANNUAL"))
                .body("state", equalTo("SUBMITTED"))
                .body("changedBy", equalTo("dept-test-gov"))
                .body("steps", hasSize(1))
                .body("steps[0].action", equalTo("SUBMITTED"))
                .body("steps[0].previousState", nullValue())
                .body("steps[0].by", equalTo("dept-test-gov"))
                .body("steps[0].department", equalTo("TEST_GOV"))
                .body("steps[0].comment", equalTo("from the yearbook"))
                .body("steps[0].values.indicator", contains("TEST_GOV_A", "TEST_GOV_B"))
                .body("steps[0].values[0].value", num("41"))
                .body("steps[0].values[0].revision", equalTo(2))
                .body("steps[0].values[1].value", nullValue())
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        get(location).statusCode(200).body("state", equalTo("SUBMITTED")).body("steps", hasSize(1));
        get("/api/v1/submissions?department=TEST_GOV&period=2011")
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains(Integer.valueOf(id)))
                .body("[0].steps", nullValue());
        assertThat(events(id)).hasSize(1).first().asString().contains("\"action\":\"SUBMITTED\"");

        // submitted twice: the office has it already
        post("/api/v1/submissions", "{\"period\": \"2011\"}")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("period"))
                .body("detail", containsString("already SUBMITTED"));
        assertThat(events(id)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "dept-test-gov", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TEST_GOV"))
    void submittingWhatCannotBeSubmittedIsAProblemNamingTheFieldAndStoresNothing() {
        refused("{\"period\": \"2012\"}", 422, "period", "no value of TEST_GOV's ANNUAL indicators");
        refused("{\"period\": \"2012Q3\"}", 422, "period", "no value");
        refused("{\"period\": \"2012-03\"}", 422, "period", "owns no MONTHLY indicator");
        refused("{\"period\": \"2012-13\"}", 400, "period", "not a period");
        refused("{}", 400, "period", "required");
        refused("{\"period\": 2012}", 400, "period", "must be text");
        refused("{\"perod\": \"2012\"}", 400, "perod", "not a field");
        refused("{\"period\": \"2012\", \"comment\": \"a\\u0000b\"}", 400, "comment", "control characters");
        refused("[1]", 400, "body", "must be an object");
        refused("{\"period\": \"2012\", \"department\": \"NO_SUCH_DEPARTMENT\"}", 403, null, "NO_SUCH_DEPARTMENT");
        refused("{\"period\": \"2012\", \"department\": \"ECO\"}", 403, null, "ECO");

        get("/api/v1/submissions?department=TEST_GOV&period=2012")
                .statusCode(200)
                .body("", hasSize(0));
        get("/api/v1/submissions?state=SENT").statusCode(400).body("errors[0].field", equalTo("state"));
        get("/api/v1/submissions?period=20xx").statusCode(400).body("errors[0].field", equalTo("period"));
        get("/api/v1/submissions/999999999").statusCode(404).contentType(PROBLEM);
        get("/api/v1/submissions/abc").statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "monitor", roles = "monitor")
    @OidcSecurity(claims = @Claim(key = "department", value = "MONITORING_OFFICE"))
    void theMonitoringOfficeApprovesOrReturnsOnlyASubmittedPeriodAndAReturnNeedsAComment() {
        Acting.push("TEST_GOV_A", "2013", "50");
        long approved = Acting.submitted("TEST_GOV", "2013");
        Acting.push("TEST_GOV_A", "2017", "50");
        long toReturn = Acting.submitted("TEST_GOV", "2017");

        post("/api/v1/submissions/" + approved + "/approve", "")
                .statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("changedBy", equalTo("monitor"))
                .body("steps.action", contains("SUBMITTED", "APPROVED"))
                .body("steps[1].previousState", equalTo("SUBMITTED"))
                .body("steps[1].department", equalTo("MONITORING_OFFICE"))
                .body("steps[1].values[0].value", num("50"));
        post("/api/v1/submissions/" + approved + "/approve", "{\"comment\": \"again\"}")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("state"))
                .body("detail", containsString("is APPROVED"));

        for (String body : new String[] {"", "{}", "{\"comment\": \"  \"}", "{\"comments\": \"typo\"}"}) {
            post("/api/v1/submissions/" + toReturn + "/return", body)
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", body.contains("comments") ? equalTo("comments") : equalTo("comment"));
        }
        get("/api/v1/submissions/" + toReturn).statusCode(200).body("state", equalTo("SUBMITTED"));
        post("/api/v1/submissions/" + toReturn + "/return", "{\"comment\": \"TEST_GOV_B is missing\"}")
                .statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("steps[1].comment", equalTo("TEST_GOV_B is missing"));
        post("/api/v1/submissions/" + toReturn + "/approve", "")
                .statusCode(409)
                .body("errors[0].field", equalTo("state"))
                .body("detail", containsString("is RETURNED"));
        post("/api/v1/submissions/999999999/approve", "").statusCode(404).contentType(PROBLEM);
        assertThat(events(String.valueOf(approved))).hasSize(2);
        assertThat(events(String.valueOf(toReturn)))
                .hasSize(2)
                .last()
                .asString()
                .contains("TEST_GOV_B is missing");
    }

    @Test
    @TestSecurity(user = "dept-test-gov", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TEST_GOV"))
    void aDepartmentCannotApproveReturnOrReopenAndAReturnedPeriodIsCorrectedAndSubmittedAgain() {
        Acting.push("TEST_GOV_A", "2018", "60");
        long id = Acting.submitted("TEST_GOV", "2018");

        for (String step : new String[] {"approve", "return", "reopen"}) {
            post("/api/v1/submissions/" + id + "/" + step, "{}").statusCode(403).contentType(PROBLEM);
        }
        get("/api/v1/submissions/" + id).statusCode(200).body("state", equalTo("SUBMITTED"));

        Acting.returned(id, "synthetic: check 2018");
        Api.putJson(
                        "/api/v1/indicators/TEST_GOV_A/observations/2018",
                        "{\"value\": 61, \"note\": \"synthetic correction\"}")
                .statusCode(200)
                .body("outcome", equalTo("REVISED"));
        post("/api/v1/submissions", "{\"period\": \"2018\", \"department\": \"TEST_GOV\"}")
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("state", equalTo("SUBMITTED"))
                .body("steps.action", contains("SUBMITTED", "RETURNED", "SUBMITTED"))
                .body("steps[2].previousState", equalTo("RETURNED"))
                .body("steps[2].values[0].value", num("61"));
    }

    @Test
    @TestSecurity(user = "monitor", roles = "monitor")
    @OidcSecurity(claims = @Claim(key = "department", value = "TEST_GOV"))
    void nobodyApprovesTheirOwnDepartmentsSubmission() {
        Acting.push("TEST_GOV_A", "2019", "70");
        long id = Acting.submitted("TEST_GOV", "2019");

        post("/api/v1/submissions/" + id + "/approve", "")
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("does not approve its own"));
        get("/api/v1/submissions/" + id).statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = "monitor", roles = "monitor")
    @OidcSecurity(claims = @Claim(key = "department", value = "MONITORING_OFFICE"))
    void anApprovalNeedsNoBodyAndNoContentType() {
        Acting.push("TEST_GOV_A", "2021", "60");
        long id = Acting.submitted("TEST_GOV", "2021");

        request()
                .post("/api/v1/submissions/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "PLANNING_OFFICE"))
    void thePlanAdminReopensAnApprovedPeriodOnlyWithAReasonWhichIsRecorded() {
        Acting.push("TEST_GOV_A", "2020", "80");
        long id = Acting.approved("TEST_GOV", "2020");

        for (String body : new String[] {"", "{\"reason\": \"\"}", "{\"reason\": null}", "{\"reasons\": \"x\"}"}) {
            post("/api/v1/submissions/" + id + "/reopen", body)
                    .statusCode(400)
                    .body("errors[0].field", body.contains("reasons") ? equalTo("reasons") : equalTo("reason"));
        }
        get("/api/v1/submissions/" + id).statusCode(200).body("state", equalTo("APPROVED"));

        post("/api/v1/submissions/" + id + "/reopen", "{\"reason\": \"the bureau revised 2020 (synthetic)\"}")
                .statusCode(200)
                .body("state", equalTo("REOPENED"))
                .body("steps.action", contains("SUBMITTED", "APPROVED", "REOPENED"))
                .body("steps[2].by", equalTo("admin"))
                .body("steps[2].comment", equalTo("the bureau revised 2020 (synthetic)"));
        post("/api/v1/submissions/" + id + "/reopen", "{\"reason\": \"twice\"}")
                .statusCode(409)
                .body("errors[0].field", equalTo("state"));
        post("/api/v1/submissions/" + id + "/approve", "").statusCode(403);
        assertThat(events(String.valueOf(id)))
                .hasSize(3)
                .last()
                .asString()
                .contains("\"previousState\":\"APPROVED\"", "\"state\":\"REOPENED\"");
    }

    @Test
    @TestSecurity(user = "admin", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "PLANNING_OFFICE"))
    void thePlanAdminSubmitsForADepartmentItNames() {
        Acting.push("TEST_GOV_Q", "2010Q2", "5");
        refused("{\"period\": \"2010Q2\"}", 400, "department", "required");
        post("/api/v1/submissions", "{\"period\": \"2010Q2\", \"department\": \"TEST_GOV\"}")
                .statusCode(201)
                .body("frequency", equalTo("QUARTERLY"))
                .body("steps[0].values.indicator", contains("TEST_GOV_Q"))
                .header("Location", containsString("/api/v1/submissions/"));
    }

    private static void refused(String body, int status, String field, String detail) {
        ValidatableResponse r = post("/api/v1/submissions", body)
                .statusCode(status)
                .contentType(PROBLEM)
                .body("detail", containsString(detail));
        if (field != null) {
            r.body("errors[0].field", equalTo(field));
        }
    }

    static ValidatableResponse post(String path, String body) {
        return request().contentType(ContentType.JSON).body(body).post(path).then();
    }

    /** The payloads of the submission's events in the outbox, oldest first. */
    static java.util.List<String> events(String submission) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "eventType = ?1 and messageKey = ?2 order by id",
                        EventType.SUBMISSION_CHANGED.type(),
                        submission)
                .stream()
                .map(e -> e.payload)
                .toList());
    }
}
