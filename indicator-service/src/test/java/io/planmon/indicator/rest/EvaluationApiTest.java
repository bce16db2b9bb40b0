package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.evaluation;
import static io.planmon.indicator.rest.Api.firstValues;
import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static io.planmon.indicator.rest.Api.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every push is evaluated at once, through the API: the worked example of docs/spec.md#the-worked-example, references,
 * trends and projections.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class EvaluationApiTest {

    @Test
    @TestSecurity(user = "planner", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
    void theWorkedExampleOfTheSpecHoldsThroughTheApi() {
        firstValues("GDP_PER_CAPITA", "2020", "100", "2026", "131");
        evaluation("GDP_PER_CAPITA", "2026")
                .body("[0].status", equalTo("ON_TRACK"))
                .body("[0].expected", num("131.95"))
                .body("[0].gap", num("-0.95"))
                .body("[0].progressRatio", num("0.970"))
                .body("[0].reasonEn", containsString("131.95"));
        push("GDP_PER_CAPITA", "2026", "128").statusCode(200);
        evaluation("GDP_PER_CAPITA", "2026")
                .body("[0].status", equalTo("AT_RISK"))
                .body("[0].progressRatio", num("0.876"));
        push("GDP_PER_CAPITA", "2026", "125").statusCode(200);
        evaluation("GDP_PER_CAPITA", "2026")
                .body("[0].status", equalTo("OFF_TRACK"))
                .body("[0].progressRatio", num("0.782"));

        get("/api/v1/indicators/GDP_PER_CAPITA/status-changes?from=2026&to=2026")
                .statusCode(200)
                .body("status", contains("ON_TRACK", "AT_RISK", "OFF_TRACK"))
                .body("previousStatus", contains(nullValue(), equalTo("ON_TRACK"), equalTo("AT_RISK")));
        get("/api/v1/indicators/GDP_PER_CAPITA/observations/2026/revisions")
                .statusCode(200)
                .body("value", contains(num("131"), num("128"), num("125")))
                .body("previousValue", contains(nullValue(), num("131"), num("128")))
                .body("recordedBy", everyItem(equalTo("planner")));
        get("/api/v1/indicators?area=HIGH_QUALITY_DEVELOPMENT")
                .statusCode(200)
                .body("find { it.code == 'GDP_PER_CAPITA' }.latest.period", equalTo("2026"))
                .body("find { it.code == 'GDP_PER_CAPITA' }.latest.value", num("125"))
                .body("find { it.code == 'GDP_PER_CAPITA' }.latest.status", equalTo("OFF_TRACK"))
                .body("find { it.code == 'GDP_PER_CAPITA' }.latest.expected", num("131.95"))
                .body("find { it.code == 'GDP_PER_CAPITA' }.projection", nullValue());
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void aNewValueOfTheCityWideGrowthReEvaluatesTheDistrictGrowthOfThatPeriod() {
        push("GDP_GROWTH", "2025Q2", "5.0").statusCode(201);
        evaluation("GDP_GROWTH", "2025Q2").body("[0].status", equalTo("AWAITING_REFERENCE"));

        push("SH_GDP_GROWTH", "2025Q2", "5.3").statusCode(201);
        evaluation("GDP_GROWTH", "2025Q2")
                .body("[0].status", equalTo("AT_RISK"))
                .body("[0].referenceValue", num("5.3"))
                .body("[0].gap", num("-0.30"));

        push("SH_GDP_GROWTH", "2025Q2", "4.8").statusCode(200);
        evaluation("GDP_GROWTH", "2025Q2").body("[0].status", equalTo("ON_TRACK"));
        evaluation("SH_GDP_GROWTH", "2025Q2").body("[0].status", equalTo("NO_TARGET"));
    }

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void revisingAPeriodReEvaluatesTheFollowingPeriodThatComparesWithIt() {
        firstValues("MAJOR_POLLUTANTS", "2025", "100", "2026", "90");
        evaluation("MAJOR_POLLUTANTS", "2025").body("[0].status", equalTo("INSUFFICIENT_DATA"));
        evaluation("MAJOR_POLLUTANTS", "2026").body("[0].status", equalTo("ON_TRACK"));

        push("MAJOR_POLLUTANTS", "2025", "80").statusCode(200);
        evaluation("MAJOR_POLLUTANTS", "2026")
                .body("[0].status", equalTo("OFF_TRACK"))
                .body("[0].expected", num("80"));
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void theProjectionWarnsEarlyWhenTheTrendMissesWhileTheStatusIsOnTrack() {
        firstValues("TEST_LINEAR", "2020", "100", "2021", "125");
        get("/api/v1/indicators/TEST_LINEAR")
                .statusCode(200)
                .body("projection.projectedValue", nullValue())
                .body("projection.reasonEn", containsString("at least 3"))
                // no trend yet, but the rate needed is known: (250 − 125) / 14 a year
                .body("projection.targetYear", equalTo(2035))
                .body("projection.catchUpRate", num("8.93"))
                .body("projection.trend", equalTo("LINEAR"));
        firstValues("TEST_LINEAR", "2022", "128", "2023", "130");

        // The path asks 130 in 2023 (p = 1.0), but the least-squares line through 100, 125, 128, 130 reaches 246.30.
        get("/api/v1/indicators/TEST_LINEAR")
                .statusCode(200)
                .body("latest.status", equalTo("ON_TRACK"))
                .body("projection.targetYear", equalTo(2035))
                .body("projection.projectedValue", num("246.30"))
                .body("projection.targetValue", num("250"))
                .body("projection.projectedStatus", equalTo("OFF_TRACK"))
                .body("projection.catchUpRate", num("10"))
                .body("projection.trend", equalTo("LINEAR"))
                .body("projection.earlyWarning", equalTo(true))
                .body("projection.reasonEn", containsString("early warning"));
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void theSeriesAndTheEvaluationsAreFilteredByPeriod() {
        firstValues("TEST_SHARE", "2024", "40", "2025", "42", "2026", "41");

        get("/api/v1/indicators/TEST_SHARE/observations?from=2025")
                .statusCode(200)
                .body("period", contains("2025", "2026"))
                .body("[0].value", num("42"))
                .body("[0].outcome", nullValue());
        get("/api/v1/indicators/TEST_SHARE/evaluations?to=2025")
                .statusCode(200)
                .body("period", contains("2024", "2025"))
                .body("status", contains("INSUFFICIENT_DATA", "ON_TRACK"));
        get("/api/v1/indicators?department=STATS&status=OFF_TRACK")
                .statusCode(200)
                .body("code", hasItem("TEST_SHARE"))
                .body("latest.status", everyItem(equalTo("OFF_TRACK")))
                .body("ownerDepartment", everyItem(equalTo("STATS")));
        get("/api/v1/indicators?status=ON_TRACK").statusCode(200).body("code", not(hasItem("TEST_SHARE")));
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void concurrentPushesOfOnePeriodAreAllKeptAsRevisions() throws Exception {
        int pushes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(pushes);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 1; i <= pushes; i++) {
                String value = Integer.toString(i);
                answers.add(pool.submit(
                        () -> push("TEST_GROWTH", "2010", value).extract().statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(200, 201).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        get("/api/v1/indicators/TEST_GROWTH/observations/2010/revisions")
                .statusCode(200)
                .body("revision", contains(1, 2, 3, 4, 5, 6));
        get("/api/v1/indicators/TEST_GROWTH/status-changes?from=2010&to=2010")
                .statusCode(200)
                .body("status", contains("NO_TARGET"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void badFiltersAndUnknownPeriodsAreProblemDetails() {
        get("/api/v1/indicators?status=FINE")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        get("/api/v1/indicators/GDP_GROWTH/evaluations?from=2026-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        get("/api/v1/indicators/GDP_GROWTH/observations?to=soon")
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        get("/api/v1/indicators/FAMILY_DOCTOR_COVERAGE/observations/2035/revisions")
                .statusCode(404)
                .contentType("application/problem+json");
        get("/api/v1/indicators/NO_SUCH/evaluations").statusCode(404);
        get("/api/v1/indicators/CARBON_EMISSIONS/status-changes?from=1990&to=1990")
                .statusCode(200)
                .body("", hasSize(0));
    }
}
