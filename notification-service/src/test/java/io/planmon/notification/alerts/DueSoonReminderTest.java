package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.awaitEntry;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.alertsOf;
import static io.planmon.notification.support.AlertApi.awaitAlerts;
import static io.planmon.notification.support.AlertApi.mailbox;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.AlertEvents.dataOverdue;
import static io.planmon.notification.support.AlertEvents.dueSoon;
import static io.planmon.notification.support.AlertEvents.projection;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.GreenMailResource.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.notification.service.digest.DigestJob;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.ObservationEvents;
import io.planmon.notification.support.WebhookServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DATA_DUE_SOON: indicator-service's reminder that a value is due soon reaches the owning department's receivers
 * (no rule needed) once, at once, and never in a digest; the value or the overdue notice of the period resolves it; a
 * period is reminded of once, however often it is announced.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class DueSoonReminderTest {
    private static final String SECRET = "due-soon-secret-0123456789";
    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    @Inject
    DigestJob digests;

    @Test
    void theDepartmentsReceiversHearTheReminderOnceWithoutARuleAndTheValueResolvesIt() throws Exception {
        String department = uniqueDepartment();
        String address = department.toLowerCase() + "@example.org";
        try (WebhookServer hook = new WebhookServer(0)) {
            webhook("department hook", hook.url(), SECRET, department, false);
            mailbox("department mailbox", address, department);
            String code = uniqueCode();
            publish(dueSoon(code, department, "2026Q1", DUE));

            Map<String, Object> alert = dueSoonAlerts(code, 1).get(0);
            assertThat(alert)
                    .containsEntry("condition", "DATA_DUE_SOON")
                    .containsEntry("severity", "INFO")
                    .containsEntry("state", "FIRING")
                    .containsEntry("department", department)
                    .containsEntry("period", "2026Q1")
                    .containsEntry("status", "DATA_DUE_SOON")
                    .containsEntry(
                            "reasonEn", code + ": the value for 2026Q1 is due by 2026-04-30 and has not arrived yet");
            assertThat((Map<String, Object>) alert.get("numbers")).containsEntry("dueDate", "2026-04-30");
            long id = ((Number) alert.get("id")).longValue();

            await().atMost(PATIENCE).until(() -> hook.calls().size() == 1);
            assertThat(hook.calls().get(0).text())
                    .contains("\"change\":\"FIRED\"")
                    .contains("\"condition\":\"DATA_DUE_SOON\"")
                    .contains("\"self\":\"/api/v1/alerts/" + id + "\"");
            MimeMessage mail = await().atMost(PATIENCE)
                    .until(() -> mailsTo(address), m -> m.size() == 1)
                    .get(0);
            assertThat(mail.getSubject())
                    .as("an INFO reminder is mailed at once")
                    .isEqualTo("[planmon][INFO] FIRED " + code + " 2026Q1");

            ObservationEvents.publish(ObservationEvents.observation(code, department, "2026Q1", "7.5", 1, null));
            awaitAlerts(code, list -> list.stream().allMatch(a -> "RESOLVED".equals(a.get("state"))));

            // announced again (say by a restored indicator-service): the resolved reminder is not made a second time
            publish(dueSoon(code, department, "2026Q1", DUE));
            CloudEvent<?> marker = projection(code, department);
            publish(marker);
            awaitEntry(code, marker.id());
            assertThat(dueSoonAlerts(code, 1)).singleElement().satisfies(a -> assertThat(a)
                    .containsEntry("id", alert.get("id"))
                    .containsEntry("state", "RESOLVED"));
            assertThat(hook.calls())
                    .as("FIRED, then RESOLVED is not the department's to hear without a rule")
                    .hasSize(1);
        }
    }

    @Test
    void theOverdueNoticeResolvesTheReminderTheNextPeriodIsANewOneAndNoDigestRepeatsIt() throws Exception {
        String department = uniqueDepartment();
        int mailboxId = mailbox("department mailbox", department.toLowerCase() + "@example.org", department);
        String code = uniqueCode();
        publish(dueSoon(code, department, "2026Q1", DUE));
        dueSoonAlerts(code, 1);

        digests.queueDigests();
        assertThat(digestsTo(mailboxId))
                .as("an open reminder is no digest's business")
                .isZero();

        publish(dataOverdue(code, department, "2026Q1"));
        awaitAlerts(
                code,
                list -> list.size() == 2
                        && list.stream()
                                .anyMatch(a ->
                                        "DATA_OVERDUE".equals(a.get("condition")) && "FIRING".equals(a.get("state"))));
        assertThat(dueSoonAlerts(code, 1)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("state", "RESOLVED")
                .containsEntry("status", "DATA_OVERDUE"));

        publish(dueSoon(code, department, "2026Q2", LocalDate.of(2026, 7, 30)));
        List<Map<String, Object>> reminders = dueSoonAlerts(code, 2);
        assertThat(reminders)
                .extracting(a -> a.get("period"), a -> a.get("state"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("2026Q1", "RESOLVED"),
                        org.assertj.core.groups.Tuple.tuple("2026Q2", "FIRING"));
    }

    /** Waits for {@code count} DATA_DUE_SOON alerts of {@code code} and returns them. */
    private static List<Map<String, Object>> dueSoonAlerts(String code, int count) {
        await().atMost(PATIENCE).until(() -> dueSoonOf(code).size() == count);
        return dueSoonOf(code);
    }

    private static List<Map<String, Object>> dueSoonOf(String code) {
        return alertsOf(code).stream()
                .filter(a -> "DATA_DUE_SOON".equals(a.get("condition")))
                .toList();
    }

    private static long digestsTo(int receiver) throws Exception {
        return Db.value(
                Long.class, "select count(*) from delivery where receiver_id = ? and change = 'DIGEST'", receiver);
    }
}
