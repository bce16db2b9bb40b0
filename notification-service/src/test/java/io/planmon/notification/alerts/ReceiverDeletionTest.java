package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.deliveriesOf;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.mailbox;
import static io.planmon.notification.support.AlertApi.rule;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.planmon.notification.support.QueuedDeliveries.attempts;
import static io.planmon.notification.support.QueuedDeliveries.queued;
import static io.planmon.notification.support.QueuedDeliveries.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.HoldingWebhook;
import io.planmon.notification.support.MovableClock;
import io.planmon.notification.support.WebhookServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A receiver's pending deliveries end with it: CANCELLED ("receiver deleted") in the deleting transaction, never
 * attempted again, while other receivers' deliveries go on as before.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class ReceiverDeletionTest {
    private static final String SECRET = "deletion-secret-0123456789";

    @Inject
    MovableClock clock;

    @Test
    void queuedDeliveriesOfADeletedReceiverAreCancelledAndNeverAttemptedWhileOthersAreSent() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer doomed = new WebhookServer(0);
                WebhookServer other = new WebhookServer(0)) {
            long hook = webhook("deleted hook", doomed.url(), SECRET, department, false);
            long box = mailbox("deleted mailbox", department.toLowerCase() + "@example.org", department);
            long kept = webhook("kept hook", other.url(), SECRET, department, false);
            // Queued and due together a few seconds from now (on the service's clock); oldest first, so had the
            // deleted receivers' rows still been due, they would have been claimed before the kept one's.
            OffsetDateTime due = clock.instant().plusSeconds(10).atOffset(ZoneOffset.UTC);
            long fresh = queued(hook, "WEBHOOK", 0, due);
            long retried = queued(hook, "WEBHOOK", 1, due);
            long mail = queued(box, "EMAIL", 0, due);
            long keptDelivery = queued(kept, "WEBHOOK", 0, due);

            given().delete("/api/v1/receivers/{id}", hook).then().statusCode(204);
            given().delete("/api/v1/receivers/{id}", box).then().statusCode(204);
            Map<Long, String> cancelled = Map.of(
                    fresh, "CANCELLED:receiver deleted:0:-",
                    retried, "CANCELLED:receiver deleted:1:-",
                    mail, "CANCELLED:receiver deleted:0:-");
            for (var row : cancelled.entrySet()) {
                assertThat(row(row.getKey())).as("cancelled at once").isEqualTo(row.getValue());
            }

            await().atMost(PATIENCE).until(() -> row(keptDelivery), ("SENT:-:1:" + kept)::equals);
            assertThat(other.calls()).hasSize(1);
            assertThat(doomed.calls()).as("never attempted again").isEmpty();
            for (var row : cancelled.entrySet()) {
                assertThat(row(row.getKey()))
                        .as("still cancelled, no attempt made")
                        .isEqualTo(row.getValue());
                assertThat(attempts(row.getKey())).isZero();
            }
        }
    }

    @Test
    void anAttemptUnderWayWhenItsReceiverIsDeletedIsLoggedButNeverRetried() throws Exception {
        String department = uniqueDepartment();
        try (HoldingWebhook failing = new HoldingWebhook(500)) {
            int hook = webhook("deleted while sending", failing.url(), SECRET, department, false);
            rule(department, 1, hook);
            String code = uniqueCode();
            publish(status(code, department, "2026", "ON_TRACK", "AT_RISK"));
            long alert = id(awaitAlert(code, "FIRING"));
            failing.awaitHeld(PATIENCE);

            given().delete("/api/v1/receivers/{id}", hook).then().statusCode(204);
            assertThat(deliveriesOf(alert).get(0))
                    .containsEntry("status", "CANCELLED")
                    .containsEntry("lastError", "receiver deleted")
                    .containsEntry("attempts", 0);

            failing.release();
            Map<String, Object> logged = await().atMost(PATIENCE)
                    .until(() -> deliveriesOf(alert).get(0), d -> ((List<?>) d.get("log")).size() == 1);
            assertThat(logged)
                    .as("the attempt is logged, the delivery stays cancelled")
                    .containsEntry("status", "CANCELLED")
                    .containsEntry("attempts", 1);
            // Longer than the test backoff (PT1S, at most PT2S): a retry would have been made by now.
            await().during(Duration.ofSeconds(3))
                    .atMost(PATIENCE)
                    .until(() -> failing.answered() == 1
                            && "CANCELLED".equals(deliveriesOf(alert).get(0).get("status")));
        }
    }

    @Test
    void aDeliveryQueuedJustBeforeItsReceiverWentIsCancelledWithoutBeingSent() throws Exception {
        // What a delivery queued while its receiver was being deleted leaves: PENDING, its receiver_id set null.
        long orphan = queued(null, "WEBHOOK", 0, clock.instant().atOffset(ZoneOffset.UTC));
        await().atMost(PATIENCE).until(() -> row(orphan), "CANCELLED:receiver deleted:0:-"::equals);
    }
}
