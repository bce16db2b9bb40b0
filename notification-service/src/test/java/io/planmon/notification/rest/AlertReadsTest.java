package io.planmon.notification.rest;

import static io.planmon.devstack.test.SummaryCounts.nonZero;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.planmon.devstack.test.LinkHeader;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The alert summary against the alert list (also for a reporter's department), ETags and 304s, the cache against a
 * change made straight in the database (as another instance would), cursor paging while alerts and feed entries are
 * added, and the bad query parameters. Alerts are written by hand as the engine would store them (synthetic
 * subjects of synthetic departments, so no other test's counts move).
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
class AlertReadsTest {
    private static final String DEPT = "SYNTH_READS";

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void theSummaryCountsTheOpenAlertsOfTheListForTheOfficeAndAnAlertChangeMovesItsEtag() throws SQLException {
        long firing = insertAlert(DEPT, "WARNING", "FIRING");
        insertAlert("SYNTH_OTHER", "INFO", "ACKNOWLEDGED");
        insertAlert(DEPT, "INFO", "RESOLVED");
        assertSummaryMatchesList();

        String summary = given().get("/api/v1/alerts/summary").header("ETag");
        String list = given().get("/api/v1/alerts?state=FIRING").header("ETag");
        given().header("If-None-Match", summary)
                .get("/api/v1/alerts/summary")
                .then()
                .statusCode(304)
                .header("ETag", summary)
                .header("Cache-Control", "private, no-cache")
                .body(emptyString());
        // a new entry of the activity feed is not an alert change
        insertActivity("SYNTH_FEED_" + UUID.randomUUID());
        given().header("If-None-Match", summary)
                .get("/api/v1/alerts/summary")
                .then()
                .statusCode(304);

        given().contentType(ContentType.JSON)
                .body("{\"comment\": \"synthetic\"}")
                .post("/api/v1/alerts/{id}/ack", firing)
                .then()
                .statusCode(200);

        given().header("If-None-Match", summary)
                .get("/api/v1/alerts/summary")
                .then()
                .statusCode(200);
        given().header("If-None-Match", list)
                .get("/api/v1/alerts?state=FIRING")
                .then()
                .statusCode(200);
        assertSummaryMatchesList();
    }

    @Test
    @TestSecurity(user = "synth-system", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = DEPT))
    void aReporterCountsItsOwnDepartmentAsItsListShowsIt() throws SQLException {
        insertAlert(DEPT, "WARNING", "FIRING");
        insertAlert(DEPT, "INFO", "ACKNOWLEDGED");
        insertAlert("SYNTH_OTHER", "WARNING", "FIRING");
        assertSummaryMatchesList();
        Response summary = given().get("/api/v1/alerts/summary");
        long mine = countOpen(DEPT);
        summary.then().body("total", equalTo((int) mine));
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void aChangeMadeStraightInTheDatabaseIsSeenAtOnce() throws SQLException {
        long id = insertAlert("SYNTH_CACHE", "INFO", "FIRING");
        String path = "/api/v1/alerts?department=SYNTH_CACHE";
        Response before = given().get(path);
        before.then().statusCode(200).body("[0].severity", equalTo("INFO"));
        given().header("If-None-Match", before.header("ETag")).get(path).then().statusCode(304);

        sql("update alert set severity = 'WARNING' where id = " + id);

        given().header("If-None-Match", before.header("ETag"))
                .get(path)
                .then()
                .statusCode(200)
                .body("[0].severity", equalTo("WARNING"));
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void aCursorWalkSeesEveryAlertExactlyOnceWhileAlertsAreAdded() throws SQLException {
        String dept = "SYNTH_PAGE_" + System.nanoTime() % 100000;
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            existing.add(insertAlert(dept, "INFO", "RESOLVED"));
        }
        List<Long> walked = new ArrayList<>();
        String next = "/api/v1/alerts?department=" + dept + "&limit=5";
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200);
            walked.addAll(page.jsonPath().getList("id", Long.class));
            next = LinkHeader.next(page.header("Link"));
            insertAlert(dept, "INFO", "RESOLVED"); // newer than everything walked: must not shift the pages
            insertAlert(dept, "INFO", "RESOLVED");
        }
        assertThat(new HashSet<>(walked)).hasSize(walked.size());
        assertThat(walked).containsExactlyInAnyOrderElementsOf(existing);
        assertThat(given().get("/api/v1/alerts?department=" + dept + "&limit=5").header("X-Total-Count"))
                .isEqualTo(String.valueOf(23 + 2 * 5));
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void aCursorWalkOfTheFeedSeesEveryEntryExactlyOnceWhileEntriesAreAdded() throws SQLException {
        String subject = "SYNTH_FEED_" + UUID.randomUUID();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            existing.add(insertActivity(subject));
        }
        List<String> walked = new ArrayList<>();
        String next = "/api/v1/activity?subject=" + subject + "&limit=5";
        String etag = null;
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200);
            etag = page.header("ETag");
            walked.addAll(page.jsonPath().getList("eventId"));
            next = LinkHeader.next(page.header("Link"));
            insertActivity(subject);
        }
        assertThat(new HashSet<>(walked)).hasSize(walked.size());
        assertThat(walked).containsExactlyInAnyOrderElementsOf(existing);
        assertThat(etag).startsWith("\"activity.");
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void theDefaultPageOfAlertsIsFiftyWithTheTotalBeside() throws SQLException {
        String dept = "SYNTH_MANY_" + System.nanoTime() % 100000;
        for (int i = 0; i < 55; i++) {
            insertAlert(dept, "INFO", "RESOLVED");
        }
        Response page = given().get("/api/v1/alerts?department=" + dept);
        page.then().statusCode(200).body("size()", equalTo(50)).header("X-Total-Count", "55");
        assertThat(page.header("Link")).contains("cursor=").contains("rel=\"next\"");
    }

    @ParameterizedTest
    @TestSecurity(user = "office", roles = "monitor")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/alerts?state=NOPE|state|FIRING, ACKNOWLEDGED, RESOLVED",
                "/api/v1/alerts?state=|state|FIRING",
                "/api/v1/alerts?severity=|severity|INFO, WARNING, CRITICAL",
                "/api/v1/alerts?severity=LOUD|severity|CRITICAL",
                "/api/v1/alerts?limit=0|limit|1 to 500",
                "/api/v1/alerts?limit=501|limit|1 to 500",
                "/api/v1/alerts?limit=lots|limit|1 to 500",
                "/api/v1/alerts?cursor=garbage|cursor|Link header",
                "/api/v1/activity?limit=0|limit|1 to 500",
                "/api/v1/activity?cursor=%21%21|cursor|Link header",
                "/api/v1/deliveries?limit=x|limit|1 to 500"
            })
    void aBadQueryParameterIsA400NamingItAndWhatItTakes(String path, String field, String listed) {
        given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field))
                .body("detail", containsString(listed));
    }

    /** The summary's numbers equal the counts of the open alerts the same caller's full list shows. */
    private static void assertSummaryMatchesList() {
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byState = new TreeMap<>();
        String next = "/api/v1/alerts?limit=500";
        int total = 0;
        while (next != null) {
            Response page = given().get(next);
            for (Map<String, Object> alert : page.jsonPath().<Map<String, Object>>getList("$")) {
                if (!"RESOLVED".equals(alert.get("state"))) {
                    bySeverity.merge((String) alert.get("severity"), 1, Integer::sum);
                    byState.merge((String) alert.get("state"), 1, Integer::sum);
                    total++;
                }
            }
            next = LinkHeader.next(page.header("Link"));
        }
        Response summary = given().get("/api/v1/alerts/summary");
        summary.then().statusCode(200).body("total", equalTo(total));
        assertThat(nonZero(summary.jsonPath().getMap("open"))).isEqualTo(bySeverity);
        assertThat(nonZero(summary.jsonPath().getMap("byState"))).isEqualTo(byState);
        assertThat(summary.jsonPath().getMap("open").keySet()).containsExactly("CRITICAL", "WARNING", "INFO");
        assertThat(summary.jsonPath().getMap("byState").keySet()).containsExactly("FIRING", "ACKNOWLEDGED");
        assertThat(summary.jsonPath().getString("asOf")).isNotNull();
    }

    /** An alert row as the engine stores it, of a synthetic subject; its id. */
    static long insertAlert(String department, String severity, String state) throws SQLException {
        return Db.value(
                Long.class,
                "insert into alert (subject_type, subject_code, subject_name, condition, severity, state, department,"
                        + " link, fired_at, updated_at, resolved_at) values ('INDICATOR', ?, 'synthetic', 'STATUS', ?,"
                        + " ?, ?, '/api/v1/indicators/SYNTHETIC', now(), clock_timestamp(),"
                        + " case when ? = 'RESOLVED' then now() end) returning id",
                "SYNTH_" + UUID.randomUUID(),
                severity,
                state,
                department,
                state);
    }

    /** A feed entry of {@code subject}, as the consumer stores it; its event id. */
    static String insertActivity(String subject) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        try (Connection c = Db.connect();
                PreparedStatement insert = c.prepareStatement("insert into activity (event_id, event_type, subject,"
                        + " summary, summary_en, occurred_at, recorded_at) values (?, 'synthetic', ?, '合成',"
                        + " 'synthetic', clock_timestamp(), now())")) {
            insert.setString(1, eventId);
            insert.setString(2, subject);
            insert.executeUpdate();
        }
        return eventId;
    }

    static long countOpen(String department) throws SQLException {
        return Db.value(
                Long.class, "select count(*) from alert where department = ? and state <> 'RESOLVED'", department);
    }

    static void sql(String statement) throws SQLException {
        try (Connection c = Db.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
