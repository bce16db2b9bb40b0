package io.planmon.indicator.service;

import static io.planmon.indicator.rest.Api.evaluation;
import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.EventType;
import io.planmon.kit.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The due-date scan, run for a chosen day: a missing value past its due date is DATA_OVERDUE, announced once. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class OverdueScanTest {
    @Inject
    OverdueScan scan;

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void aMissingValuePastItsDueDateIsOverdueOnceAndAValueEndsIt() {
        assertThat(scan.scan(LocalDate.of(2026, 1, 20)).overdue())
                .as("nothing of the plan is due yet")
                .isZero();
        push("TEST_MONTHLY", "2026-02", "80").statusCode(201);

        // TEST_MONTHLY is due 40 days after the month: 2026-01 by 03-12, 2026-03 only by 05-10.
        assertThat(scan.scan(LocalDate.of(2026, 5, 1)).overdue()).isPositive();
        assertThat(scan.scan(LocalDate.of(2026, 5, 1)).overdue())
                .as("announced once")
                .isZero();

        get("/api/v1/indicators/TEST_MONTHLY/evaluations?to=2026-03")
                .statusCode(200)
                .body("period", contains("2026-01", "2026-02"))
                .body("status", contains("DATA_OVERDUE", "INSUFFICIENT_DATA"))
                .body("[0].value", nullValue());
        assertThat(announcements("TEST_MONTHLY", "\"2026-01\"")).isOne();
        assertThat(announcements("TEST_MONTHLY", "\"2026-03\"")).isZero();
        assertThat(announcements("GDP_GROWTH", "\"2026Q1\""))
                .as("quarterly default: 30 days")
                .isOne();

        push("TEST_MONTHLY", "2026-01", "90").statusCode(201);
        evaluation("TEST_MONTHLY", "2026-01").body("[0].status", equalTo("INSUFFICIENT_DATA"));
        evaluation("TEST_MONTHLY", "2026-02").body("[0].status", equalTo("ON_TRACK"));
        get("/api/v1/indicators/TEST_MONTHLY/status-changes?from=2026-01&to=2026-01")
                .statusCode(200)
                .body("previousStatus", contains(nullValue(), equalTo("DATA_OVERDUE")))
                .body("status", contains("DATA_OVERDUE", "INSUFFICIENT_DATA"));
        assertThat(scan.scan(LocalDate.of(2026, 5, 1)).overdue()).isZero();
    }

    private static long announcements(String code, String period) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count(
                        "eventType = ?1 and messageKey = ?2 and payload like ?3",
                        EventType.INDICATOR_DATA_OVERDUE.type(),
                        code,
                        "%\"period\":" + period + "%"));
    }
}
