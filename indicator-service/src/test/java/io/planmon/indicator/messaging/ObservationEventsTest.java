package io.planmon.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.Topics;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored value reaches the real broker through the outbox, keyed by indicator code, as a CloudEvent. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class ObservationEventsTest {

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void aStoredValueIsPublishedOnceAndAnUnchangedOneIsNot() {
        String body = "{\"value\": 812.5, \"note\": \"synthetic\"}";
        String path = "/api/v1/indicators/CARBON_EMISSIONS/observations/2024";
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);

        // Only records keyed by the indicator code are read: an unkeyed event would not be found.
        List<CloudEvent<?>> events = TopicReader.read(
                Topics.OBSERVATIONS,
                "CARBON_EMISSIONS",
                "io.planmon.observation.recorded.v1",
                1,
                Duration.ofSeconds(30));

        assertThat(events).hasSize(1);
        CloudEvent<?> event = events.get(0);
        assertThat(event.source()).isEqualTo("/planmon/indicator-service");
        ObservationRecordedV1 data = (ObservationRecordedV1) event.data();
        assertThat(data.period()).isEqualTo("2024");
        assertThat(data.value()).isEqualByComparingTo("812.5");
        assertThat(data.department()).isEqualTo("ECO");
        assertThat(data.recordedBy()).isEqualTo("dept-eco");
    }
}
