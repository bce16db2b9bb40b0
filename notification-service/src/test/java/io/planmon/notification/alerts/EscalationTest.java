package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.acknowledge;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.awaitAlerts;
import static io.planmon.notification.support.AlertApi.deliveriesOf;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Escalation counts from when an alert became CRITICAL (not from when it first fired), and reaches only the
 * escalation receivers that hear the alert's department. The shared clock only moves forward; {@code witness}, which
 * is CRITICAL from the start, shows that an escalation check ran after the others had turned CRITICAL.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class EscalationTest {
    private static final String SECRET = "escalation-secret-0123456789";
    private static final String UNREACHABLE = "http://localhost:1/hook";

    @Inject
    MovableClock clock;

    @Test
    void escalationCountsFromWhenTheAlertBecameCriticalNotFromWhenItFired() throws Exception {
        String department = uniqueDepartment();
        String warnedLong = uniqueCode();
        String acknowledged = uniqueCode();
        String relapsed = uniqueCode();
        String witness = uniqueCode();
        publish(status(warnedLong, department, "2026Q1", "ON_TRACK", "AT_RISK"));
        publish(status(acknowledged, department, "2026Q1", "ON_TRACK", "AT_RISK"));
        publish(status(relapsed, department, "2026Q1", "ON_TRACK", "OFF_TRACK"));
        long ackId = id(awaitAlert(acknowledged, "FIRING"));
        acknowledge(ackId);
        awaitAlert(acknowledged, "ACKNOWLEDGED");
        long relapsedId = id(awaitAlert(relapsed, "FIRING"));
        assertThat(criticalSince(relapsedId)).isNotNull();
        publish(status(relapsed, department, "2026Q2", "OFF_TRACK", "AT_RISK"));
        awaitAlerts(relapsed, l -> "WARNING".equals(l.get(0).get("severity")));
        assertThat(criticalSince(relapsedId)).as("cleared below CRITICAL").isNull();
        awaitAlert(warnedLong, "FIRING");

        clock.advance(Duration.ofHours(2));
        publish(status(witness, department, "2026Q1", "ON_TRACK", "OFF_TRACK"));
        awaitAlert(witness, "FIRING");

        clock.advance(Duration.ofHours(3)); // 5 h after the first three fired, 3 h after the witness
        publish(status(warnedLong, department, "2026Q2", "AT_RISK", "OFF_TRACK"));
        publish(status(acknowledged, department, "2026Q2", "AT_RISK", "OFF_TRACK"));
        publish(status(relapsed, department, "2026Q3", "AT_RISK", "OFF_TRACK"));
        for (String code : List.of(warnedLong, acknowledged, relapsed)) {
            awaitAlerts(
                    code,
                    l -> "CRITICAL".equals(l.get(0).get("severity"))
                            && "FIRING".equals(l.get(0).get("state")));
        }
        assertThat(criticalSince(relapsedId))
                .as("CRITICAL again: the clock starts anew")
                .isNotNull();

        clock.advance(Duration.ofMinutes(90)); // the witness is due (4.5 h CRITICAL); the others are not (1.5 h)
        awaitAlerts(witness, l -> Boolean.TRUE.equals(l.get(0).get("escalated")));
        for (String code : List.of(warnedLong, acknowledged, relapsed)) {
            assertThat(awaitAlert(code, "FIRING"))
                    .as(code + " has been CRITICAL for only 1.5 h")
                    .containsEntry("escalated", false);
        }

        clock.advance(Duration.ofHours(3)); // now 4.5 h CRITICAL
        for (String code : List.of(warnedLong, acknowledged, relapsed)) {
            awaitAlerts(code, l -> Boolean.TRUE.equals(l.get(0).get("escalated")));
        }
    }

    @Test
    void anEscalationReachesOnlyTheEscalationReceiversThatHearTheAlertsDepartment() throws Exception {
        String mine = uniqueDepartment();
        String other = uniqueDepartment();
        int office = webhook("office escalations", UNREACHABLE, SECRET, null, true);
        int department = webhook("department escalations", UNREACHABLE, SECRET, mine, true);
        try {
            String own = uniqueCode();
            String foreign = uniqueCode();
            publish(status(own, mine, "2026", "ON_TRACK", "OFF_TRACK"));
            publish(status(foreign, other, "2026", "ON_TRACK", "OFF_TRACK"));
            long ownId = id(awaitAlert(own, "FIRING"));
            long foreignId = id(awaitAlert(foreign, "FIRING"));

            clock.advance(Duration.ofHours(5));
            assertThat(escalationsTo(ownId, office, department))
                    .containsExactlyInAnyOrder((long) office, (long) department);
            assertThat(escalationsTo(foreignId, office, department))
                    .as("another department's receiver does not hear it")
                    .containsExactly((long) office);
        } finally {
            given().delete("/api/v1/receivers/{id}", office);
            given().delete("/api/v1/receivers/{id}", department);
        }
    }

    /**
     * Which of {@code office} and {@code department} the alert's escalation was queued for, once the office's is (all
     * of an escalation's deliveries are queued in one transaction).
     */
    private static List<Long> escalationsTo(long alertId, long office, long department) {
        return await().atMost(PATIENCE)
                .until(
                        () -> deliveriesOf(alertId).stream()
                                .filter(d -> "ESCALATED".equals(d.get("change")))
                                .map(d ->
                                        d.get("receiverId") == null ? -1L : ((Number) d.get("receiverId")).longValue())
                                .filter(r -> r == office || r == department)
                                .toList(),
                        l -> l.contains(office));
    }

    private static Timestamp criticalSince(long alertId) throws Exception {
        return Db.value(Timestamp.class, "select critical_since from alert where id = ?", alertId);
    }
}
