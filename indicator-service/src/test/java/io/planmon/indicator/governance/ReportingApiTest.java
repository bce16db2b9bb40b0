package io.planmon.indicator.governance;

import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Timeliness and completeness on a prepared history (test data V9013: the synthetic department TEST_LATE, monthly
 * TEST_LATE_M due 20 days and quarterly TEST_LATE_Q due 30 days after their period, with the times their values
 * arrived, 2026Q1 approved). Its periods lie in 2026H1, due by 2026-07-30: the figures are the same on any later day.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "viewer", roles = "viewer")
class ReportingApiTest {
    private static final String HALF_YEAR = "/api/v1/departments/TEST_LATE/reporting?from=2026-01&to=2026-06";

    @Test
    void aDepartmentsFiguresAreCountedPerPeriodOnTimeLateMissingAndApproved() {
        get(HALF_YEAR)
                .statusCode(200)
                .body("department", equalTo("TEST_LATE"))
                .body("from", equalTo("2026-01"))
                .body("to", equalTo("2026-06"))
                .body("indicators", equalTo(2))
                .body("total.expected", equalTo(8))
                .body("total.receivedOnTime", equalTo(4))
                .body("total.receivedLate", equalTo(2))
                .body("total.missing", equalTo(2))
                .body("total.approved", equalTo(1))
                .body("total.notYetDue", equalTo(0))
                .body("total.onTimeRate", num("0.5"))
                .body("total.completeness", num("0.75"))
                .body(
                        "periods.period",
                        contains("2026-01", "2026-02", "2026-03", "2026Q1", "2026-04", "2026-05", "2026-06", "2026Q2"))
                .body("periods.receivedOnTime", contains(1, 0, 0, 1, 1, 0, 1, 0))
                .body("periods.receivedLate", contains(0, 1, 0, 0, 0, 1, 0, 0))
                .body("periods.missing", contains(0, 0, 1, 0, 0, 0, 0, 1))
                .body("periods.approved", contains(0, 0, 0, 1, 0, 0, 0, 0))
                .body("periods[2].missingIndicators", contains("TEST_LATE_M"))
                .body("periods[7].missingIndicators", contains("TEST_LATE_Q"))
                .body("periods[0].onTimeRate", num("1"));
    }

    @Test
    void aRangeOfAQuarterCountsTheMonthsAndTheQuarterInsideIt() {
        get("/api/v1/departments/TEST_LATE/reporting?from=2026Q2&to=2026Q2")
                .statusCode(200)
                .body("periods.period", contains("2026-04", "2026-05", "2026-06", "2026Q2"))
                .body("total.expected", equalTo(4))
                .body("total.receivedOnTime", equalTo(2))
                .body("total.receivedLate", equalTo(1))
                .body("total.missing", equalTo(1))
                .body("total.completeness", num("0.75"));
        get("/api/v1/departments/TEST_LATE/reporting?from=2020&to=2025")
                .statusCode(200)
                .body("total.expected", equalTo(0))
                .body("total.onTimeRate", equalTo(null))
                .body("periods", org.hamcrest.Matchers.hasSize(0));
        get("/api/v1/departments/TEST_LATE/reporting").statusCode(200).body("from", equalTo("2026"));
    }

    @Test
    void theOfficeSeesEveryDepartmentOverTheSameRange() {
        List<java.util.Map<String, Object>> departments = get("/api/v1/reporting?from=2026-01&to=2026-06")
                .statusCode(200)
                .body("from", equalTo("2026-01"))
                .extract()
                .jsonPath()
                .getList("departments");
        assertThat(departments).extracting(d -> d.get("department")).contains("TEST_LATE", "STATS", "ECO");
        assertThat(departments.stream().filter(d -> "TEST_LATE".equals(d.get("department"))))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d).containsEntry("indicators", 2).containsEntry("expected", 8);
                    assertThat(d).containsEntry("receivedOnTime", 4).containsEntry("missing", 2);
                    assertThat(new BigDecimal(d.get("onTimeRate").toString())).isEqualByComparingTo("0.5");
                    assertThat(d).doesNotContainKey("missingIndicators");
                });
    }

    @Test
    void aBadRangeOrADepartmentWithoutIndicatorsIsAProblem() {
        get("/api/v1/departments/TEST_LATE/reporting?from=2026-07&to=2026-06")
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        get("/api/v1/departments/TEST_LATE/reporting?to=June").statusCode(400).body("errors[0].field", equalTo("to"));
        get("/api/v1/reporting?from=2026-13").statusCode(400).body("errors[0].field", equalTo("from"));
        get("/api/v1/departments/NO_SUCH_DEPARTMENT/reporting").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theSummaryCountsTheLatestFiguresByApprovalAndNamesTheLeastPunctualDepartments() {
        get("/api/v1/indicators/summary")
                .statusCode(200)
                .body("byApproval", hasKey("APPROVED"))
                .body("byApproval", hasKey("SUBMITTED"))
                .body("byApproval", hasKey("PROVISIONAL"))
                .body("reporting.from", equalTo("2026"))
                .body("reporting.worstDepartments.size()", lessThanOrEqualTo(5))
                .body("reporting.worstDepartments.size()", greaterThan(0))
                .body("reporting.worstDepartments.expected", everyItem(greaterThan(0)));
        List<Float> rates = get("/api/v1/indicators/summary")
                .extract()
                .jsonPath()
                .getList("reporting.worstDepartments.onTimeRate", Float.class);
        assertThat(rates).isSorted();
    }
}
