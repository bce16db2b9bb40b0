package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.acknowledge;
import static io.planmon.notification.support.AlertApi.alertsOf;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.id;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertEvents.publish;
import static io.planmon.notification.support.AlertEvents.status;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
class AlertApiTest {

    @Test
    @TestSecurity(user = "stats-system", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void aReporterSeesAndAcknowledgesOnlyItsOwnDepartmentsAlerts() throws Exception {
        String mine = uniqueCode();
        String theirs = uniqueCode();
        publish(status(theirs, "ECO", "2026", "ON_TRACK", "OFF_TRACK"));
        publish(status(mine, "STATS", "2026", "ON_TRACK", "OFF_TRACK"));
        Map<String, Object> alert = awaitAlert(mine, "FIRING");

        assertThat(alertsOf(theirs)).isEmpty();
        given().get("/api/v1/alerts").then().statusCode(200).body("department", everyItem(equalTo("STATS")));
        given().queryParam("department", "ECO")
                .get("/api/v1/alerts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        given().contentType(ContentType.JSON)
                .body(Map.of("comment", "统计局已核实，正在补报"))
                .post("/api/v1/alerts/{id}/ack", id(alert))
                .then()
                .statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("stats-system"))
                .body("ackComment", equalTo("统计局已核实，正在补报"));
        // Acknowledging again is harmless.
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/alerts/{id}/ack", id(alert))
                .then()
                .statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED"));
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    @OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
    void aListCutByItsLimitSaysHowManyMatchInAll() throws Exception {
        String department = uniqueDepartment();
        String older = uniqueCode();
        String newer = uniqueCode();
        publish(status(older, department, "2026", "ON_TRACK", "OFF_TRACK"));
        awaitAlert(older, "FIRING");
        publish(status(newer, department, "2026", "ON_TRACK", "AT_RISK"));
        awaitAlert(newer, "FIRING");

        given().queryParam("department", department)
                .queryParam("limit", 1)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body("subjectCode", contains(newer));
        given().queryParam("department", department)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body("subjectCode", contains(newer, older));
    }

    @Test
    @TestSecurity(user = "eco-system", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void aReporterCannotAcknowledgeAnotherDepartmentsAlert() throws Exception {
        String code = uniqueCode();
        publish(status(code, "HEALTH", "2026", "ON_TRACK", "AT_RISK"));
        long id = awaitFiringAsOffice(code);
        acknowledge(id)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("alert " + id + " belongs to department HEALTH, not ECO"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aViewerReadsEverythingButCannotAcknowledge() throws Exception {
        String code = uniqueCode();
        publish(status(code, "HEALTH", "2026", "ON_TRACK", "AT_RISK"));
        long id = id(awaitAlert(code, "FIRING"));
        acknowledge(id).statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "subject", code, "expiresAt", "2099-01-01T00:00:00Z"))
                .post("/api/v1/silences")
                .then()
                .statusCode(403);
        given().get("/api/v1/receivers").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void filtersByStateSeverityAndDepartment() throws Exception {
        String code = uniqueCode();
        publish(status(code, "ECO", "2026", "ON_TRACK", "AT_RISK"));
        awaitAlert(code, "FIRING");
        given().queryParam("subject", code)
                .queryParam("state", "firing")
                .queryParam("severity", "WARNING")
                .queryParam("department", "ECO")
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        given().queryParam("subject", code)
                .queryParam("severity", "CRITICAL")
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void aResolvedAlertCannotBeAcknowledged() throws Exception {
        String code = uniqueCode();
        publish(status(code, "ECO", "2026Q1", "ON_TRACK", "AT_RISK"));
        awaitAlert(code, "FIRING");
        publish(status(code, "ECO", "2026Q2", "AT_RISK", "ON_TRACK"));
        long id = id(awaitAlert(code, "RESOLVED"));
        acknowledge(id).statusCode(409).body("type", equalTo("urn:planmon:problem:conflict"));
        acknowledge(999_999_999).statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"state,LOST", "severity,LOUD", "limit,0", "limit,many"})
    @TestSecurity(user = "office", roles = "monitor")
    void aBadFilterIsABadRequestNamingTheField(String field, String value) {
        given().queryParam(field, value)
                .get("/api/v1/alerts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void aBadAlertIdNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/alerts/abc/ack")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", startsWith("must be a positive integer id"));
    }

    @Test
    void withoutIdentityIsUnauthorized() {
        given().get("/api/v1/alerts").then().statusCode(401).contentType("application/problem+json");
    }

    /** Reporters of other departments cannot see the alert; the database can. */
    private static long awaitFiringAsOffice(String code) {
        return org.awaitility.Awaitility.await()
                .atMost(io.planmon.notification.support.ActivityApi.PATIENCE)
                .until(() -> Db.openAlertId(code), java.util.Optional::isPresent)
                .orElseThrow();
    }
}
