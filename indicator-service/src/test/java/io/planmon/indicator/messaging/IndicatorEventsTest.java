package io.planmon.indicator.messaging;

import static io.planmon.indicator.rest.Api.firstValues;
import static io.planmon.indicator.rest.Api.push;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventType;
import io.planmon.events.Topics;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import io.planmon.events.indicator.ProjectionWarningV1;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Status changes and early warnings reach the real broker through the outbox, even across a broker outage. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class IndicatorEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void everyStatusChangeIsPublishedWithTheNumbersBehindIt() {
        push("TEST_EVENTS", "2026", "90").statusCode(201);
        push("TEST_EVENTS", "2026", "95").statusCode(200); // still ON_TRACK: no event
        push("TEST_EVENTS", "2026", "120").statusCode(200);

        List<CloudEvent<?>> events = TopicReader.read(
                Topics.INDICATOR_STATUS, "TEST_EVENTS", EventType.INDICATOR_STATUS_CHANGED.type(), 2, WAIT);

        assertThat(events).hasSize(2);
        IndicatorStatusChangedV1 first =
                (IndicatorStatusChangedV1) events.get(0).data();
        assertThat(first.previousStatus()).isNull();
        assertThat(first.status()).isEqualTo("ON_TRACK");
        IndicatorStatusChangedV1 second =
                (IndicatorStatusChangedV1) events.get(1).data();
        assertThat(second.previousStatus()).isEqualTo("ON_TRACK");
        assertThat(second.status()).isEqualTo("OFF_TRACK");
        assertThat(second.period()).isEqualTo("2026");
        assertThat(second.value()).isEqualByComparingTo("120");
        assertThat(second.expected()).isEqualByComparingTo("100");
        assertThat(second.gap()).isEqualByComparingTo("20");
        assertThat(second.department()).isEqualTo("ECO");
        assertThat(second.reasonEn()).contains("ceiling");
    }

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void nothingIsLostWhenTheBrokerIsDownDuringAPush() {
        PlanmonTestResource.stopKafka();
        try {
            push("TEST_OUTAGE", "2026", "50").statusCode(201);
        } finally {
            PlanmonTestResource.startKafka();
        }

        List<CloudEvent<?>> events = TopicReader.read(
                Topics.INDICATOR_STATUS, "TEST_OUTAGE", EventType.INDICATOR_STATUS_CHANGED.type(), 1, WAIT);

        assertThat(events).isNotEmpty();
        assertThat(events).extracting(CloudEvent::id).containsOnly(events.get(0).id());
        IndicatorStatusChangedV1 change =
                (IndicatorStatusChangedV1) events.get(0).data();
        assertThat(change.status()).isEqualTo("ON_TRACK");
        assertThat(change.value()).isEqualByComparingTo("50");
        assertThat(TopicReader.read(Topics.OBSERVATIONS, "TEST_OUTAGE", EventType.OBSERVATION_RECORDED.type(), 1, WAIT))
                .isNotEmpty();
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void theEarlyWarningIsPublishedOnceWhenItAppears() {
        firstValues("TEST_WARNING", "2020", "100", "2021", "125", "2022", "128");
        push("TEST_WARNING", "2023", "130").statusCode(201); // on the path, but the trend misses 250 in 2035
        push("TEST_WARNING", "2023", "130.5").statusCode(200); // still warning: not announced again

        List<CloudEvent<?>> events = TopicReader.read(
                Topics.INDICATOR_STATUS, "TEST_WARNING", EventType.INDICATOR_PROJECTION_WARNING.type(), 1, WAIT);

        assertThat(events).hasSize(1);
        ProjectionWarningV1 warning = (ProjectionWarningV1) events.get(0).data();
        assertThat(warning.targetYear()).isEqualTo(2035);
        assertThat(warning.projectedValue()).isEqualByComparingTo("246.30");
        assertThat(warning.targetValue()).isEqualByComparingTo("250");
        assertThat(warning.catchUpRate()).isEqualByComparingTo("10.00");
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void theRecoveryIsPublishedOnceWhenTheProjectionMeetsTheTargetAgain() {
        firstValues("TEST_RECOVERY", "2020", "100", "2021", "125", "2022", "128");
        push("TEST_RECOVERY", "2023", "130").statusCode(201); // ON_TRACK, the trend misses 250: early warning
        push("TEST_RECOVERY", "2023", "135").statusCode(200); // a revision: the trend reaches 267.80, recovered
        push("TEST_RECOVERY", "2023", "135").statusCode(200); // the same value again: nothing
        push("TEST_RECOVERY", "2024", "145").statusCode(201); // still reaches it (256.60): nothing more
        push("TEST_RECOVERY", "2024", "139").statusCode(200); // ON_TRACK, the trend misses (239.80): a new warning

        String warning = EventType.INDICATOR_PROJECTION_WARNING.type();
        String recovered = EventType.INDICATOR_PROJECTION_RECOVERED.type();
        List<CloudEvent<?>> events =
                TopicReader.read(Topics.INDICATOR_STATUS, "TEST_RECOVERY", Set.of(warning, recovered), 3, WAIT);

        assertThat(events).extracting(CloudEvent::type).containsExactly(warning, recovered, warning);
        assertThat(events).extracting(CloudEvent::subject).containsOnly("TEST_RECOVERY");
        assertThat(((ProjectionWarningV1) events.get(0).data()).projectedValue())
                .isEqualByComparingTo("246.30");
        ProjectionRecoveredV1 recovery = (ProjectionRecoveredV1) events.get(1).data();
        assertThat(recovery.indicatorCode()).isEqualTo("TEST_RECOVERY");
        assertThat(recovery.department()).isEqualTo("STATS");
        assertThat(recovery.targetYear()).isEqualTo(2035);
        assertThat(recovery.projectedValue()).isEqualByComparingTo("267.80");
        assertThat(recovery.targetValue()).isEqualByComparingTo("250");
        assertThat(recovery.catchUpRate()).isEqualByComparingTo("9.58"); // (250 − 135) / 12 a year
        assertThat(recovery.reasonEn()).contains("reaching it");
        assertThat(((ProjectionWarningV1) events.get(2).data()).projectedValue())
                .isEqualByComparingTo("239.80");
    }
}
