package io.planmon.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertState;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.alert.SubjectType;
import io.planmon.notification.domain.delivery.Backoff;
import io.planmon.notification.domain.routing.AlertRule;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.domain.silence.Silence;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static Alert alert(Severity severity, int periods) {
        Alert a = new Alert();
        a.subjectType = SubjectType.INDICATOR;
        a.subjectCode = "GDP_PER_CAPITA";
        a.condition = Condition.STATUS;
        a.severity = severity;
        a.state = AlertState.FIRING;
        a.department = "STATS";
        a.area = "ECONOMY";
        // Held at this one severity throughout.
        a.periods = periods;
        a.warningPeriods = severity.atLeast(Severity.WARNING) ? periods : 0;
        a.criticalPeriods = severity == Severity.CRITICAL ? periods : 0;
        return a;
    }

    @Test
    void aRuleRoutesByMinimumSeverityMatchersAndHold() {
        AlertRule rule = new AlertRule();
        rule.minSeverity = Severity.WARNING;
        rule.area = "ECONOMY";
        rule.holdPeriods = 2;

        assertThat(rule.routes(alert(Severity.CRITICAL, 2))).isTrue();
        assertThat(rule.routes(alert(Severity.CRITICAL, 1)))
                .as("hold not reached")
                .isFalse();
        assertThat(rule.routes(alert(Severity.INFO, 3)))
                .as("below the minimum severity")
                .isFalse();
        Alert worsened = alert(Severity.CRITICAL, 2);
        worsened.criticalPeriods = 1;
        assertThat(rule.routes(worsened))
                .as("at WARNING or worse for two periods")
                .isTrue();
        rule.minSeverity = Severity.CRITICAL;
        assertThat(rule.routes(worsened)).as("CRITICAL for one period only").isFalse();
        rule.minSeverity = Severity.WARNING;
        rule.department = "ECO";
        assertThat(rule.routes(alert(Severity.CRITICAL, 2)))
                .as("another department")
                .isFalse();
        rule.department = null;
        rule.enabled = false;
        assertThat(rule.routes(alert(Severity.CRITICAL, 2))).isFalse();
    }

    @Test
    void aSilenceMatchesOnEverySetMatcherUntilItExpires() {
        Instant now = Instant.parse("2026-04-01T00:00:00Z");
        Silence s = new Silence();
        s.subject = "GDP_PER_CAPITA";
        s.severity = "CRITICAL";
        s.expiresAt = now.plus(Duration.ofHours(1));

        assertThat(s.matches(alert(Severity.CRITICAL, 1))).isTrue();
        assertThat(s.matches(alert(Severity.WARNING, 1))).isFalse();
        assertThat(s.activeAt(now)).isTrue();
        assertThat(s.activeAt(s.expiresAt)).isFalse();
    }

    @Test
    void aDepartmentReceiverHearsOnlyItsDepartment() {
        Receiver office = new Receiver();
        Receiver eco = new Receiver();
        eco.department = "ECO";
        assertThat(office.hears(alert(Severity.INFO, 1))).isTrue();
        assertThat(eco.hears(alert(Severity.INFO, 1))).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCapAndEndsAfterTheLastAttempt() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), 5);
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(30)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.exhausted(4)).isFalse();
        assertThat(backoff.exhausted(5)).isTrue();
    }
}
