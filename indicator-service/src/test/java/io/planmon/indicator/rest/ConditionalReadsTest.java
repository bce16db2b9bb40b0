package io.planmon.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ETags, 304s and the read cache of the indicator reads, with a second "instance" writing straight to the database. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class ConditionalReadsTest {
    private static final List<String> READS = List.of(
            "/api/v1/indicators",
            "/api/v1/indicators/summary",
            "/api/v1/indicators/TEST_OUTAGE",
            "/api/v1/indicators/TEST_OUTAGE/observations",
            "/api/v1/indicators/TEST_OUTAGE/evaluations",
            "/api/v1/indicators/TEST_OUTAGE/status-changes");

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void everyPolledReadAnswers304ToItsCurrentEtagAndKeepsItWhileNothingChanges() {
        for (String path : READS) {
            Response first = given().get(path);
            first.then().statusCode(200).header("Cache-Control", "private, no-cache");
            String etag = first.header("ETag");
            assertThat(etag).as(path).startsWith("\"indicators.");
            given().get(path).then().statusCode(200).header("ETag", etag);
            given().header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag)
                    .header("Cache-Control", "private, no-cache")
                    .body(emptyString());
            given().header("If-None-Match", "\"indicators.0.other\"")
                    .get(path)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void theSameQueryAskedInAnotherOrderSharesItsEtagAndAnotherQueryDoesNot() {
        String ab = given().get("/api/v1/indicators?department=ECO&area=SYNTHETIC_TEST")
                .header("ETag");
        String ba = given().get("/api/v1/indicators?area=SYNTHETIC_TEST&department=ECO")
                .header("ETag");
        String other = given().get("/api/v1/indicators?department=STATS").header("ETag");
        assertThat(ab).isEqualTo(ba).isNotEqualTo(other);
    }

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void aPushChangesTheEtagsAndAnUnchangedPushDoesNot() {
        Api.push("TEST_OUTAGE", "2021", "10").statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        String before = given().get("/api/v1/indicators/summary").header("ETag");
        String oneBefore = given().get("/api/v1/indicators/TEST_OUTAGE").header("ETag");

        Api.push("TEST_OUTAGE", "2021", "10").statusCode(200).body("outcome", equalTo("UNCHANGED"));
        assertThat(given().get("/api/v1/indicators/summary").header("ETag")).isEqualTo(before);

        String value = String.valueOf(11 + System.nanoTime() % 1000); // a new value even if another test pushed 2022
        Api.push("TEST_OUTAGE", "2022", value).statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        given().header("If-None-Match", before)
                .get("/api/v1/indicators/summary")
                .then()
                .statusCode(200);
        assertThat(given().get("/api/v1/indicators/summary").header("ETag")).isNotEqualTo(before);
        given().header("If-None-Match", oneBefore)
                .get("/api/v1/indicators/TEST_OUTAGE")
                .then()
                .statusCode(200);
        Api.get("/api/v1/indicators/TEST_OUTAGE/observations?from=2022&to=2022")
                .statusCode(200)
                .body("[0].value", Api.num(value));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aChangeMadeStraightInTheDatabaseIsSeenAtOnceNotServedFromTheCache() throws SQLException {
        String path = "/api/v1/indicators/TEST_EVENTS";
        Response cached = given().get(path);
        String etag = cached.header("ETag");
        given().get(path).then().statusCode(200).body("planSentence", equalTo(cached.path("planSentence")));

        String sentence = "synthetic, changed by another instance " + System.nanoTime();
        sql("update indicator set plan_sentence = '" + sentence + "' where code = 'TEST_EVENTS'");
        try {
            given().header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("ETag", notNullValue())
                    .body("planSentence", equalTo(sentence));
            assertThat(given().get(path).header("ETag")).isNotEqualTo(etag);
        } finally {
            sql("update indicator set plan_sentence = 'synthetic' where code = 'TEST_EVENTS'");
        }
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aStatementThatChangesNoRowLeavesTheEtagAlone() throws SQLException {
        String etag = given().get("/api/v1/indicators/summary").header("ETag");
        sql("update indicator set plan_sentence = plan_sentence where code = 'TEST_EVENTS'");
        sql("update indicator set area = 'NONE' where code = 'NO_SUCH_CODE'");
        given().header("If-None-Match", etag)
                .get("/api/v1/indicators/summary")
                .then()
                .statusCode(304);
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aProblemIsNotCached() {
        given().get("/api/v1/indicators/NOT_THERE").then().statusCode(404).contentType(containsString("problem"));
    }

    static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        PlanmonTestResource.jdbcUrl(), PlanmonTestResource.username(), PlanmonTestResource.password());
                Statement s = c.createStatement()) {
            c.setSchema("indicator");
            s.executeUpdate(statement);
        }
    }
}
