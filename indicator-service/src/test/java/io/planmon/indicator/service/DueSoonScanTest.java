package io.planmon.indicator.service;

import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reminders before a value is due, with the scan's day chosen by the test: the owning department is reminded once
 * per (indicator, period), from its reminder day (7 days before the due date, or the indicator's own) until the due
 * date, and not at all when the value is already there. Each scan here is of one synthetic annual indicator, so no
 * other test's indicators are touched.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "planner", roles = "plan-admin")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class DueSoonScanTest {
    private static final String MISSING = "TEST_REMIND_MISSING";
    private static final String PRESENT = "TEST_REMIND_PRESENT";
    private static final String DAYS = "TEST_REMIND_DAYS";

    @Inject
    OverdueScan scan;

    @Test
    void aMissingValueIsRemindedOnceFromSevenDaysBeforeItsDueDateAndAPresentOneNever() {
        push(PRESENT, "2026", "40").statusCode(201);
        get("/api/v1/indicators/" + MISSING).statusCode(200).body("reminderDays", equalTo(7));

        // 2026 is due 90 days after the year: by 2027-03-31, so the reminder day is 2027-03-24
        assertThat(reminders(MISSING, LocalDate.of(2027, 3, 23)))
                .as("the day before")
                .isZero();
        assertThat(reminders(MISSING, LocalDate.of(2027, 3, 24))).isOne();
        assertThat(reminders(MISSING, LocalDate.of(2027, 3, 25)))
                .as("announced once")
                .isZero();
        assertThat(reminders(MISSING, LocalDate.of(2027, 3, 31)))
                .as("on the due date")
                .isZero();
        assertThat(announcements(MISSING)).containsExactly("\"period\":\"2026\",\"dueDate\":\"2027-03-31\"");

        assertThat(reminders(PRESENT, LocalDate.of(2027, 3, 24)))
                .as("the value is there")
                .isZero();
        assertThat(announcements(PRESENT)).isEmpty();

        OverdueScan.Announced after = scan.scan(MISSING, LocalDate.of(2027, 4, 1));
        assertThat(after.overdue())
                .as("past its due date the reminder gives way to DATA_OVERDUE")
                .isOne();
        assertThat(after.reminders()).isZero();
    }

    @Test
    void thePlanAdminMovesTheReminderDayPerIndicatorButNeverBeforeThePeriodHasEnded() {
        reminderDays(DAYS, "{\"reminderDays\": 30}").statusCode(200).body("reminderDays", equalTo(30));
        // 2027 is due by 2028-03-30: 30 days before is 2028-02-29
        assertThat(reminders(DAYS, LocalDate.of(2028, 2, 28))).isZero();
        assertThat(reminders(DAYS, LocalDate.of(2028, 2, 29))).isOne();
        assertThat(announcements(DAYS)).containsExactly("\"period\":\"2027\",\"dueDate\":\"2028-03-30\"");

        reminderDays(DAYS, "{\"reminderDays\": 366}").statusCode(200);
        // 2028 is due by 2029-03-31; 366 days before lies inside 2028, so the day after it ends
        assertThat(reminders(DAYS, LocalDate.of(2028, 12, 31)))
                .as("2028 has not ended")
                .isZero();
        assertThat(reminders(DAYS, LocalDate.of(2029, 1, 1))).isOne();

        reminderDays(DAYS, "{\"reminderDays\": null}").statusCode(200).body("reminderDays", equalTo(7));
    }

    @Test
    void aBadNumberOfDaysIsRefusedNamingTheField() {
        for (String body :
                new String[] {"{\"reminderDays\": 0}", "{\"reminderDays\": 367}", "{\"reminderDays\": 1.5}", "{}"}) {
            reminderDays(PRESENT, body)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("reminderDays"));
        }
        reminderDays("NO_SUCH_INDICATOR", "{\"reminderDays\": 10}").statusCode(404);
    }

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void theOwningDepartmentMayNotSetItsOwnReminder() {
        reminderDays(MISSING, "{\"reminderDays\": 1}").statusCode(403);
    }

    private int reminders(String code, LocalDate day) {
        return scan.scan(code, day).reminders();
    }

    /** The period and due date of each data-due-soon event in the outbox for {@code code}. */
    private static List<String> announcements(String code) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "eventType = ?1 and messageKey = ?2 order by id",
                        EventType.INDICATOR_DATA_DUE_SOON.type(),
                        code)
                .stream()
                .map(e -> e.payload.replaceAll(".*(\"period\":\"[^\"]*\",\"dueDate\":\"[^\"]*\").*", "$1"))
                .toList());
    }

    private static ValidatableResponse reminderDays(String code, String body) {
        return Api.putJson("/api/v1/indicators/" + code + "/reminder-days", body);
    }
}
