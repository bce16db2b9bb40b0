package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.evaluation;
import static io.planmon.indicator.rest.Api.firstValues;
import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static io.planmon.indicator.rest.Api.setTarget;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.StoredTarget;
import io.planmon.indicator.domain.evaluation.TargetParser;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The plan admin sets targets: validated, recorded, and the whole history evaluated again. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class TargetApiTest {
    private static final String DOUBLING =
            "{\"kind\": \"MULTIPLE_OF_BASE\", \"factor\": 2, \"baseYear\": 2020, \"targetYear\": 2035";

    @Test
    @TestSecurity(user = "planner", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
    void aNewTargetIsRecordedAndTheHistoryIsEvaluatedAgainWithItsBands() {
        firstValues("TEST_BANDS", "2020", "100", "2026", "131");
        evaluation("TEST_BANDS", "2026").body("[0].status", equalTo("NO_TARGET"));

        setTarget("TEST_BANDS", DOUBLING + "}")
                .statusCode(200)
                .body("target.kind", equalTo("MULTIPLE_OF_BASE"))
                .body("target.factor", num("2"))
                .body("latest.status", equalTo("ON_TRACK"))
                .body("latest.expected", num("131.95"));

        setTarget("TEST_BANDS", DOUBLING + ", \"bands\": {\"onTrack\": 0.98, \"atRisk\": 0.9}}")
                .statusCode(200)
                .body("target.bands.onTrack", num("0.98"))
                .body("latest.status", equalTo("AT_RISK"));

        get("/api/v1/indicators/TEST_BANDS/target/changes")
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].previous.kind", equalTo("NO_TARGET"))
                .body("[0].target.kind", equalTo("MULTIPLE_OF_BASE"))
                .body("[0].target.bands", nullValue())
                .body("[1].previous.kind", equalTo("MULTIPLE_OF_BASE"))
                .body("[1].target.bands.atRisk", num("0.9"))
                .body("changedBy", contains("planner", "planner"));
        get("/api/v1/indicators/TEST_BANDS/status-changes?from=2026&to=2026")
                .statusCode(200)
                .body("status", contains("NO_TARGET", "ON_TRACK", "AT_RISK"));
    }

    @Test
    @TestSecurity(user = "planner", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
    void anInvalidTargetNamesEveryFieldAndChangesNothing() {
        setTarget("TEST_BANDS", "{\"kind\": \"TARGET_VALUE\", \"baseYear\": 2035, \"targetYear\": 2020}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("targetYear", "targetValue"));
        setTarget("TEST_QUARTERLY", "{\"kind\": \"NOT_BELOW_REFERENCE\", \"reference\": \"NO_SUCH\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("reference"))
                .body("errors[0].message", containsString("NO_SUCH"));
        setTarget("TEST_QUARTERLY", "{\"kind\": \"IN_STEP_WITH\", \"reference\": \"GDP_PER_CAPITA\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("reference"))
                .body("errors[0].message", containsString("same frequency"));
        setTarget(
                        "TEST_QUARTERLY",
                        "{\"kind\": \"MULTIPLE_OF_BASE\", \"factor\": 2, \"baseYear\": 2020, \"targetYear\": 2035}")
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        setTarget(
                        "TEST_QUARTERLY",
                        "{\"kind\": \"FLOOR\", \"limit\": 1, \"bands\": {\"onTrack\": 0.5, \"atRisk\": 0.7}}")
                .statusCode(400)
                .body("errors[0].field", equalTo("bands.atRisk"));
        setTarget("TEST_QUARTERLY", "{\"kind\": \"FLOOR\", \"limt\": 1}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("limit", "limt"));
        setTarget("TEST_QUARTERLY", "[1]").statusCode(400).body("errors[0].field", equalTo("body"));
        setTarget("NO_SUCH", "{\"kind\": \"INCREASING\"}").statusCode(404);

        setTarget(
                        "TEST_QUARTERLY",
                        "{\"kind\": \"NOT_BELOW_REFERENCE\", \"reference\": \"SH_GDP_GROWTH\", \"tolerance\": 0.1}")
                .statusCode(200)
                .body("target.tolerance", num("0.1"));
        get("/api/v1/indicators/TEST_QUARTERLY/target/changes").statusCode(200).body("", hasSize(1));
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void onlyThePlanAdminSetsTargets() {
        setTarget("GDP_GROWTH", "{\"kind\": \"INCREASING\"}").statusCode(403).contentType("application/problem+json");
        get("/api/v1/indicators/GDP_GROWTH").statusCode(200).body("target.kind", equalTo("NOT_BELOW_REFERENCE"));
    }

    /** Guards the catalogue migrations: every stored target is one the plan admin could have set through the API. */
    @Test
    @TestTransaction
    void everyCatalogueTargetIsValidAndItsReferenceExistsWithTheSameFrequency() {
        List<Indicator> all = Indicator.listAll();
        SoftAssertions soft = new SoftAssertions();
        for (Indicator i : all) {
            var target = TargetParser.parse(i.targetKind, i.targetParams, i.code, i.frequency);
            soft.assertThat(target.errors()).as(i.code).isEmpty();
            if (target.isValid()) {
                StoredTarget.referenceOf(target.value()).ifPresent(ref -> {
                    Indicator reference = Indicator.findById(ref);
                    soft.assertThat(reference).as(i.code + " → " + ref).isNotNull();
                    if (reference != null) {
                        soft.assertThat(reference.frequency)
                                .as(i.code + " → " + ref)
                                .isEqualTo(i.frequency);
                    }
                });
            }
        }
        soft.assertThat(all).extracting(i -> i.code).contains("GDP_GROWTH", "GDP_PER_CAPITA", "INCOME_GROWTH");
        soft.assertAll();
    }
}
