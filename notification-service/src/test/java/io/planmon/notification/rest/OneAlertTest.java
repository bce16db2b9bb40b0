package io.planmon.notification.rest;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/alerts/{id}}: the alert exactly as an element of the list shows it, scoped like the list (a
 * reporter sees its own department's only), a problem for an unknown or malformed id.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
class OneAlertTest {
    private static final String OWN = "SYNTH_ONE_OWN";
    private static final String OTHER = "SYNTH_ONE_OTHER";
    private static final String PROBLEM = "application/problem+json";

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    @OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
    void oneAlertIsTheSameBodyAsItsElementOfTheListAndLinksToItself() throws Exception {
        String code = uniqueCode();
        publish(status(code, OWN, "2026", "ON_TRACK", "AT_RISK"));
        Map<String, Object> listed = awaitAlert(code, "FIRING");
        long id = id(listed);

        Map<String, Object> one = given().get("/api/v1/alerts/{id}", id)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(one).isEqualTo(listed).containsEntry("self", "/api/v1/alerts/" + id);

        given().contentType(ContentType.JSON)
                .body("{\"comment\": \"synthetic: seen\"}")
                .post("/api/v1/alerts/{id}/ack", id)
                .then()
                .statusCode(200);
        given().get("/api/v1/alerts/{id}", id)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED"))
                .body("ackComment", equalTo("synthetic: seen"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void anUnknownIdIsA404ProblemAndAMalformedOneA400NamingIt() {
        given().get("/api/v1/alerts/{id}", Long.MAX_VALUE)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString("no alert " + Long.MAX_VALUE));
        for (String bad : new String[] {"abc", "0", "-3"}) {
            given().get("/api/v1/alerts/{id}", bad)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("id"));
        }
    }

    @Test
    @TestSecurity(user = "dept-own", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = OWN))
    void aReporterSeesItsOwnDepartmentsAlertAndIsRefusedAnotherDepartments() throws Exception {
        String mine = uniqueCode();
        String theirs = uniqueCode();
        publish(status(mine, OWN, "2026", "ON_TRACK", "AT_RISK"));
        publish(status(theirs, OTHER, "2026", "ON_TRACK", "AT_RISK"));
        long own = openAlert(mine);
        long other = openAlert(theirs);

        given().get("/api/v1/alerts/{id}", own)
                .then()
                .statusCode(200)
                .body("subjectCode", equalTo(mine))
                .body("department", equalTo(OWN));
        given().get("/api/v1/alerts/{id}", other)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("belongs to department " + OTHER));
    }

    /** The id of the open alert of {@code subject}, read past the caller's scope. */
    private static long openAlert(String subject) {
        return await().atMost(PATIENCE)
                .until(() -> Db.openAlertId(subject), Optional::isPresent)
                .orElseThrow();
    }
}
