package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.QueuedDeliveries.attempts;
import static io.planmon.notification.support.QueuedDeliveries.queued;
import static io.planmon.notification.support.QueuedDeliveries.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.MovableClock;
import io.planmon.notification.support.WebhookServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A receiver switched off gets nothing more: its pending deliveries are CANCELLED ("receiver disabled") in the saving
 * transaction and never attempted, while other receivers' deliveries go on; one queued just before it was switched
 * off is cancelled when it comes due.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class ReceiverDisablingTest {
    private static final String SECRET = "disabling-secret-0123456789";

    @Inject
    MovableClock clock;

    @Test
    void queuedDeliveriesOfADisabledReceiverAreCancelledAndNeverAttemptedWhileOthersAreSent() throws Exception {
        String department = uniqueDepartment();
        try (WebhookServer off = new WebhookServer(0);
                WebhookServer on = new WebhookServer(0)) {
            long hook = webhook("switched off", off.url(), SECRET, department, false);
            long kept = webhook("still on", on.url(), SECRET, department, false);
            // Due together a few seconds from now, the switched-off one's first: had it stayed due, it went first.
            OffsetDateTime due = clock.instant().plusSeconds(10).atOffset(ZoneOffset.UTC);
            long fresh = queued(hook, "WEBHOOK", 0, due);
            long retried = queued(hook, "WEBHOOK", 2, due);
            long keptDelivery = queued(kept, "WEBHOOK", 0, due);

            given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "name",
                            "switched off",
                            "kind",
                            "WEBHOOK",
                            "url",
                            off.url(),
                            "department",
                            department,
                            "enabled",
                            false))
                    .put("/api/v1/receivers/{id}", hook)
                    .then()
                    .statusCode(200);
            assertThat(row(fresh)).as("cancelled at once").isEqualTo("CANCELLED:receiver disabled:0:" + hook);
            assertThat(row(retried)).isEqualTo("CANCELLED:receiver disabled:2:" + hook);

            await().atMost(PATIENCE).until(() -> row(keptDelivery), ("SENT:-:1:" + kept)::equals);
            assertThat(on.calls()).hasSize(1);
            assertThat(off.calls()).as("never attempted").isEmpty();
            assertThat(attempts(fresh) + attempts(retried)).isZero();
        }
    }

    @Test
    void aDeliveryQueuedJustBeforeItsReceiverWasSwitchedOffIsCancelledWithoutBeingSent() throws Exception {
        try (WebhookServer off = new WebhookServer(0)) {
            long hook = webhook("off in a race", off.url(), SECRET, uniqueDepartment(), false);
            // What a delivery committed just before the switch leaves: still PENDING under a disabled receiver.
            Db.value(Long.class, "update receiver set enabled = false where id = ? returning id", hook);
            long queued = queued(hook, "WEBHOOK", 0, clock.instant().atOffset(ZoneOffset.UTC));
            await().atMost(PATIENCE).until(() -> row(queued), ("CANCELLED:receiver disabled:0:" + hook)::equals);
            assertThat(off.calls()).isEmpty();
        }
    }
}
