package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Submission, approval and period locking through the gateway with real tokens, the whole cycle (docs/governance.md):
 * push, submit, approve, locked (409 single, a rejected row in a batch), reopen with a reason, correct, submit again,
 * approve; and the timeliness of a department's figures of a quarter prepared here. Values are synthetic.
 */
class GovernanceIT implements ThroughTheGateway {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void pushSubmitApproveLockedReopenCorrectSubmitAgainApprove() {
        String eco = Tokens.client("dept-eco");
        String monitor = Tokens.user("monitor");
        String admin = Tokens.user("admin");

        push(eco, "PM25_CONCENTRATION", "2024", "30.5").statusCode(201);
        long id = as(eco).body("{\"period\": \"2024\", \"comment\": \"synthetic e2e submission\"}")
                .post("/api/v1/submissions")
                .then()
                .statusCode(201)
                .body("department", equalTo("ECO"))
                .body("state", equalTo("SUBMITTED"))
                .extract()
                .<Number>path("id")
                .longValue();
        String submission = "/api/v1/submissions/" + id;

        // the department may not approve its own figures; the monitoring office does
        as(eco).body("{}").post(submission + "/approve").then().statusCode(403).contentType(PROBLEM);
        as(monitor)
                .body("{\"comment\": \"synthetic e2e approval\"}")
                .post(submission + "/approve")
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"));

        push(eco, "PM25_CONCENTRATION", "2024", "31")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("period"))
                .body("detail", containsString("approved by monitor"))
                .body("detail", containsString(submission + "/reopen"));
        as(eco).body("{\"observations\": ["
                        + "{\"indicator\": \"PM25_CONCENTRATION\", \"period\": \"2024\", \"value\": 31},"
                        + "{\"indicator\": \"PM25_CONCENTRATION\", \"period\": \"2023\", \"value\": 32.5}]}")
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("rejected", hasSize(1))
                .body("rejected[0].index", equalTo(0))
                .body("rejected[0].field", equalTo("period"))
                .body("rejected[0].message", containsString("is locked"));
        given().auth()
                .oauth2(eco)
                .get("/api/v1/indicators/PM25_CONCENTRATION/evaluations?from=2024&to=2024")
                .then()
                .statusCode(200)
                .body("approval", contains("APPROVED"));

        as(admin)
                .body("{}")
                .post(submission + "/reopen")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(admin)
                .body("{\"reason\": \"synthetic e2e: the monitoring station was recalibrated\"}")
                .post(submission + "/reopen")
                .then()
                .statusCode(200)
                .body("state", equalTo("REOPENED"));

        push(eco, "PM25_CONCENTRATION", "2024", "31").statusCode(200).body("outcome", equalTo("REVISED"));
        as(eco).body("{\"period\": \"2024\"}")
                .post("/api/v1/submissions")
                .then()
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        as(monitor).body("").post(submission + "/approve").then().statusCode(200);

        as(monitor)
                .get(submission)
                .then()
                .statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("steps.action", contains("SUBMITTED", "APPROVED", "REOPENED", "SUBMITTED", "APPROVED"))
                .body("steps.by", contains("dept-eco", "monitor", "admin", "dept-eco", "monitor"))
                .body("steps[2].comment", containsString("recalibrated"))
                .body("steps[4].values.find { it.indicator == 'PM25_CONCENTRATION' }.revision", equalTo(2));
        as(monitor)
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200)
                .body("indicators.byApproval.APPROVED", notNullValue())
                .body("indicators.reporting.worstDepartments", notNullValue());
    }

    @Test
    void theTimelinessOfAQuarterCountsOnTimeLateMissingAndApproved() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String quarter = lastQuarterDueBefore(today);
        String stats = Tokens.client("dept-stats");
        String monitor = Tokens.user("monitor");
        String admin = Tokens.user("admin");
        List<Map<String, Object>> catalogue = as(monitor)
                .get("/api/v1/indicators?department=STATS")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        long quarterly = catalogue.stream()
                .filter(i -> "QUARTERLY".equals(i.get("frequency")))
                .count();
        long monthly = catalogue.stream()
                .filter(i -> "MONTHLY".equals(i.get("frequency")))
                .count();

        // GDP_GROWTH is due a year after its quarter, so this push is on time; SH_GDP_GROWTH keeps the 30 days: late
        as(admin)
                .body("{\"dueDays\": 366}")
                .put("/api/v1/indicators/GDP_GROWTH/due-days")
                .then()
                .statusCode(200);
        try {
            push(stats, "GDP_GROWTH", quarter, "5.2").statusCode(201);
            push(stats, "SH_GDP_GROWTH", quarter, "5.0").statusCode(201);
            long id = as(stats)
                    .body("{\"period\": \"" + quarter + "\"}")
                    .post("/api/v1/submissions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .<Number>path("id")
                    .longValue();
            as(monitor)
                    .body("")
                    .post("/api/v1/submissions/" + id + "/approve")
                    .then()
                    .statusCode(200);

            long expected = quarterly + 3 * monthly;
            ValidatableResponse report = as(monitor)
                    .get("/api/v1/departments/STATS/reporting?from=" + quarter + "&to=" + quarter)
                    .then()
                    .statusCode(200)
                    .body("total.expected", equalTo((int) expected))
                    .body("total.receivedOnTime", equalTo(1))
                    .body("total.receivedLate", equalTo(1))
                    .body("total.missing", equalTo((int) expected - 2))
                    .body("total.approved", equalTo(2))
                    .body("periods.period", hasItem(quarter))
                    .body(
                            "periods.find { it.period == '" + quarter + "' }.missingIndicators",
                            hasItem("INCOME_GROWTH"));
            assertThat(report.extract().<Float>path("total.completeness"))
                    .isCloseTo(2f / expected, org.assertj.core.data.Offset.offset(0.001f));
            as(monitor)
                    .get("/api/v1/reporting?from=" + quarter + "&to=" + quarter)
                    .then()
                    .statusCode(200)
                    .body("departments.find { it.department == 'STATS' }.receivedOnTime", equalTo(1))
                    .body("departments.find { it.department == 'STATS' }.expected", equalTo((int) expected));
        } finally {
            as(admin)
                    .body("{\"dueDays\": null}")
                    .put("/api/v1/indicators/GDP_GROWTH/due-days")
                    .then()
                    .statusCode(200);
        }
    }

    /** The latest quarter whose values were due (30 days after it) before today: its figures are all expected. */
    private static String lastQuarterDueBefore(LocalDate today) {
        LocalDate end = today.withDayOfMonth(1)
                .minusMonths((today.getMonthValue() - 1) % 3)
                .minusDays(1);
        while (!end.plusDays(30).isBefore(today)) {
            end = end.withDayOfMonth(1).minusMonths(2).minusDays(1);
        }
        assertThat(end.getYear()).as("a quarter of the plan period (2026 on)").isGreaterThanOrEqualTo(2026);
        return end.getYear() + "Q" + (end.getMonthValue() / 3);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static ValidatableResponse push(String token, String code, String period, String value) {
        return as(token)
                .body("{\"value\": " + value + ", \"note\": \"synthetic e2e governance value\"}")
                .put("/api/v1/indicators/" + code + "/observations/" + period)
                .then();
    }
}
