package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.awaitAlerts;
import static io.planmon.notification.support.AlertApi.deliveriesOf;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.rule;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertApi.webhook;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.GreenMailResource;
import io.planmon.notification.support.WebhookServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Held for N consecutive periods" (docs/alerts.md "Rules"): a rule counts only consecutive periods, and only those
 * at its minimum severity or worse. A rule that routes every change at once ({@code now}) shows, by its delivery, that
 * a change was planned, so that the absence of the {@code patient} rule's delivery is a result, not a race.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class HoldPeriodsTest {
    private static final String SECRET = "hold-secret-0123456789";

    @Test
    void offTrackForTwoQuartersDoesNotCountAnAtRiskQuarter() throws Exception {
        try (WebhookServer hook = new WebhookServer(0)) {
            Routes routes = Routes.of("CRITICAL", hook);
            String worsened = uniqueCode();
            long worsenedId = routes.fire(worsened, "2026Q1", "ON_TRACK", "AT_RISK", "2026Q2", "OFF_TRACK");
            assertThat(routes.routedTo(worsenedId, 2))
                    .as("AT_RISK then OFF_TRACK is one quarter off track")
                    .doesNotContain(routes.patient());
            publish(status(worsened, routes.department(), "2026Q3", "OFF_TRACK", "OFF_TRACK"));
            assertThat(routes.routedTo(worsenedId, 3)).contains(routes.patient());
        }
    }

    @Test
    void aQuarterWithoutAVerdictBreaksTheRun() throws Exception {
        try (WebhookServer hook = new WebhookServer(0)) {
            Routes routes = Routes.of("CRITICAL", hook);
            String gap = uniqueCode();
            long gapId = routes.fire(gap, "2026Q1", "ON_TRACK", "OFF_TRACK", "2026Q3", "OFF_TRACK");
            assertThat(routes.routedTo(gapId, 2))
                    .as("2026Q2 is missing: the run starts again")
                    .doesNotContain(routes.patient());
            assertThat(awaitAlert(gap, "FIRING"))
                    .containsEntry("periods", 1)
                    .containsEntry("firstPeriod", "2026Q3")
                    .containsEntry("period", "2026Q3");
            publish(status(gap, routes.department(), "2026Q4", "OFF_TRACK", "OFF_TRACK"));
            assertThat(routes.routedTo(gapId, 3)).contains(routes.patient());
            assertThat(awaitAlert(gap, "FIRING")).containsEntry("periods", 2).containsEntry("firstPeriod", "2026Q3");
        }
    }

    @Test
    void atRiskOrWorseForTwoPeriodsCountsTheWorsePeriodsToo() throws Exception {
        try (WebhookServer hook = new WebhookServer(0)) {
            Routes routes = Routes.of("WARNING", hook);
            String code = uniqueCode();
            publish(status(code, routes.department(), "2026", "ON_TRACK", "AT_RISK"));
            long id = id(awaitAlert(code, "FIRING"));
            assertThat(routes.routedTo(id, 1)).doesNotContain(routes.patient());
            publish(status(code, routes.department(), "2027", "AT_RISK", "OFF_TRACK"));
            assertThat(routes.routedTo(id, 2)).contains(routes.patient());
            awaitAlerts(code, l -> Integer.valueOf(2).equals(l.get(0).get("periods")));
        }
    }

    /**
     * Two webhook receivers of a department of their own: {@code now} hears every change at once, {@code patient}
     * only alerts that held for two consecutive periods at {@code minSeverity} or worse.
     */
    private record Routes(String department, long now, long patient) {
        static Routes of(String minSeverity, WebhookServer hook) {
            String department = uniqueDepartment();
            int now = webhook("at once", hook.url(), SECRET, department, false);
            rule(department, "INFO", 1, now);
            int patient = webhook(minSeverity + " for two periods", hook.url(), SECRET, department, false);
            rule(department, minSeverity, 2, patient);
            return new Routes(department, now, patient);
        }

        /** Publishes two status changes of {@code code} (period, previous, status; then period, status) and waits. */
        long fire(String code, String period, String previous, String status, String nextPeriod, String next)
                throws Exception {
            publish(status(code, department, period, previous, status));
            publish(status(code, department, nextPeriod, status, next));
            return id(awaitAlert(code, "FIRING"));
        }

        /** The receivers of the alert's deliveries, once the {@code now} receiver has {@code changes} of them. */
        List<Long> routedTo(long alertId, int changes) {
            return await().atMost(PATIENCE)
                    .until(
                            () -> deliveriesOf(alertId).stream()
                                    .map(d -> ((Number) d.get("receiverId")).longValue())
                                    .toList(),
                            l -> l.stream().filter(r -> r == now).count() == changes);
        }
    }
}
