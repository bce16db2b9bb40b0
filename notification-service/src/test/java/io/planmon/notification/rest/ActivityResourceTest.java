package io.planmon.notification.rest;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.feed;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.ObservationEvents.observation;
import static io.planmon.notification.support.ObservationEvents.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class ActivityResourceTest {

    @Test
    @TestSecurity(user = "stats-system", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void newestFirstFilteredBySubjectAndLimited() throws Exception {
        String mine = uniqueCode();
        String other = mine + "_OTHER";
        CloudEvent<?> older = observation(mine, "1.0");
        publish(older);
        CloudEvent<?> newer = observation(mine, "2.0");
        publish(newer);
        CloudEvent<?> elsewhere = observation(other, "3.0");
        publish(elsewhere);

        await().atMost(PATIENCE)
                .until(() -> feed(mine, 50).size() == 2 && feed(other, 50).size() == 1);

        assertThat(feed(mine, 50)).extracting(e -> e.get("eventId")).containsExactly(newer.id(), older.id());
        assertThat(feed(mine, 1)).extracting(e -> e.get("eventId")).containsExactly(newer.id());
        assertThat(feed(other, 50)).extracting(e -> e.get("subject")).containsOnly(other);
        // Without a subject the whole feed is shown, newest first.
        List<Map<String, Object>> all =
                given().get("/api/v1/activity").jsonPath().getList("$");
        assertThat(all).extracting(e -> e.get("eventId")).contains(newer.id(), older.id(), elsewhere.id());
        // As instants: the text of .474Z sorts after .474074Z although it is the earlier time.
        assertThat(all)
                .extracting(e -> Instant.parse((String) e.get("occurredAt")))
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "-3", "ten", "1.5"})
    @TestSecurity(user = "viewer", roles = "viewer")
    void aBadLimitIsABadRequestNamingTheField(String limit) {
        given().queryParam("limit", limit)
                .get("/api/v1/activity")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", startsWith("must be an integer from 1 to 500"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void theLimitBoundsAreAccepted() {
        given().queryParam("limit", 1).get("/api/v1/activity").then().statusCode(200);
        given().queryParam("limit", 500).get("/api/v1/activity").then().statusCode(200);
    }

    @Test
    void withoutIdentityIsUnauthorized() {
        given().get("/api/v1/activity")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:planmon:problem:unauthorized"));
    }
}
