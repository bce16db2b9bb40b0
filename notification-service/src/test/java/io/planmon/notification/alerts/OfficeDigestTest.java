package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.deliveriesOf;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.mailbox;
import static io.planmon.notification.support.AlertApi.rule;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.planmon.notification.support.GreenMailResource.mailsTo;
import static io.planmon.notification.support.GreenMailResource.subject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.service.digest.DigestJob;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/**
 * A mailbox without a department (the monitoring office's) gets the WARNING and INFO alerts its rules route in a daily
 * digest, since immediate mail carries only CRITICAL ones (docs/spec.md#receivers-and-delivery: a delivery is never
 * silently dropped).
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class OfficeDigestTest {

    @Inject
    DigestJob digests;

    @Test
    void anOfficeMailboxGetsADigestOfTheOpenAlertsItsRulesRoute() throws Exception {
        String routed = uniqueDepartment();
        String unrouted = uniqueDepartment();
        String address = "office-" + routed.toLowerCase() + "@example.org";
        int office = mailbox("监测办 mailbox " + routed, address, "");
        try {
            rule(routed, 1, office);
            String critical = uniqueCode();
            String warning = uniqueCode();
            String elsewhere = uniqueCode();
            publish(status(critical, routed, "2026", "ON_TRACK", "OFF_TRACK"));
            publish(status(warning, routed, "2026", "ON_TRACK", "AT_RISK"));
            publish(status(elsewhere, unrouted, "2026", "ON_TRACK", "AT_RISK"));
            awaitAlert(critical, "FIRING");
            awaitAlert(elsewhere, "FIRING");
            long warningId = id(awaitAlert(warning, "FIRING"));
            await().atMost(PATIENCE).until(() -> mailsTo(address), m -> m.size() == 1);
            assertThat(deliveriesOf(warningId))
                    .as("a WARNING waits for the digest")
                    .isEmpty();

            digests.queueDigests();
            MimeMessage digest = await().atMost(PATIENCE).until(() -> mailsTo(address), m -> m.size() == 2).stream()
                    .filter(m -> subject(m).contains("daily alert digest"))
                    .findFirst()
                    .orElseThrow();
            assertThat(subject(digest)).contains("监测办 mailbox " + routed).endsWith("(2)");
            assertThat((String) digest.getContent())
                    .contains(critical)
                    .contains(warning)
                    .as("no rule routes that department to this mailbox")
                    .doesNotContain(elsewhere);
        } finally {
            given().delete("/api/v1/receivers/{id}", office);
        }
    }
}
