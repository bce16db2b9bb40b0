package io.planmon.task.rest;

import static io.planmon.devstack.test.SummaryCounts.nonZero;
import static io.planmon.task.support.TaskApi.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.planmon.devstack.test.LinkHeader;
import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.task.domain.Task;
import io.planmon.task.service.TaskAdminService;
import io.planmon.task.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The task summary against the list, ETags and 304s, the read cache against another writer, paging, bad filters. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class TaskReadsTest {

    @Inject
    TaskAdminService admin;

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void theSummaryCountsWhatTheListShowsTheReporterAndAReportChangesBothEtags() {
        assertSummaryMatchesList();
        Task task = admin.create(Fixtures.transportTask());
        String summary = given().get("/api/v1/tasks/summary").header("ETag");
        String one = given().get("/api/v1/tasks/{id}", task.id).header("ETag");
        String list = given().get("/api/v1/tasks").header("ETag");
        // nothing changed: the same ETags, and 304s
        given().header("If-None-Match", summary)
                .get("/api/v1/tasks/summary")
                .then()
                .statusCode(304)
                .header("Cache-Control", "private, no-cache")
                .body(emptyString());
        given().header("If-None-Match", one)
                .get("/api/v1/tasks/{id}", task.id)
                .then()
                .statusCode(304);
        assertThat(given().get("/api/v1/tasks").header("ETag")).isEqualTo(list);

        report(task.id, "{\"percent\": 30, \"narrative\": \"synthetic report\"}")
                .statusCode(201);

        given().header("If-None-Match", summary)
                .get("/api/v1/tasks/summary")
                .then()
                .statusCode(200);
        given().header("If-None-Match", one)
                .get("/api/v1/tasks/{id}", task.id)
                .then()
                .statusCode(200)
                .body("percent", equalTo(30));
        assertThat(given().get("/api/v1/tasks").header("ETag")).isNotEqualTo(list);
        assertSummaryMatchesList();
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aChangeMadeStraightInTheDatabaseIsSeenAtOnce() throws SQLException {
        Task task = admin.create(Fixtures.transportTask());
        Response before = given().get("/api/v1/tasks/{id}", task.id);
        String etag = before.header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/tasks/{id}", task.id)
                .then()
                .statusCode(304);

        sql("update task set title_en = 'synthetic, changed by another instance' where id = " + task.id);

        given().header("If-None-Match", etag)
                .get("/api/v1/tasks/{id}", task.id)
                .then()
                .statusCode(200)
                .body("titleEn", equalTo("synthetic, changed by another instance"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void theDefaultPageStaysUnder64KbAndTheLinksWalkEveryTaskExactlyOnce() {
        Response first = given().get("/api/v1/tasks");
        first.then().statusCode(200);
        assertThat(first.asByteArray().length).isLessThan(64 * 1024);
        List<String> whole = given().get("/api/v1/tasks?limit=500").jsonPath().getList("code");
        assertThat(first.header("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));

        List<String> walked = new ArrayList<>();
        String next = "/api/v1/tasks";
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200);
            walked.addAll(page.jsonPath().getList("code"));
            next = LinkHeader.next(page.header("Link"));
        }
        assertThat(walked).containsExactlyElementsOf(whole);
        assertThat(new HashSet<>(walked)).hasSize(walked.size());
    }

    @ParameterizedTest
    @TestSecurity(user = "viewer", roles = "viewer")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/tasks?status=NOPE|status|NOT_STARTED, IN_PROGRESS, BEHIND, OVERDUE, COMPLETED",
                "/api/v1/tasks?status=|status|COMPLETED",
                "/api/v1/tasks?department=NOPE|department|TRANSPORT",
                "/api/v1/tasks?article=51|article|1 to 50",
                "/api/v1/tasks?limit=0|limit|1 to 500",
                "/api/v1/tasks?limit=many|limit|1 to 500",
                "/api/v1/tasks?offset=-3|offset|from 0",
                "/api/v1/articles?limit=501|limit|1 to 500",
                "/api/v1/tasks/1/progress?offset=x|offset|from 0"
            })
    void aBadQueryParameterIsA400NamingItAndWhatItTakes(String path, String field, String listed) {
        given().get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field))
                .body("detail", containsString(listed));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void articlesAreAllOnTheDefaultPageAndConditional() {
        Response all = given().get("/api/v1/articles");
        all.then().statusCode(200).header("X-Total-Count", "50").body("size()", equalTo(50));
        given().header("If-None-Match", all.header("ETag"))
                .get("/api/v1/articles")
                .then()
                .statusCode(304);
    }

    private static void assertSummaryMatchesList() {
        List<Map<String, Object>> all =
                given().get("/api/v1/tasks?limit=500").jsonPath().getList("$");
        Map<String, Integer> counted = new TreeMap<>();
        all.forEach(t -> counted.merge((String) t.get("status"), 1, Integer::sum));
        Response summary = given().get("/api/v1/tasks/summary");
        summary.then().statusCode(200).body("total", equalTo(all.size()));
        assertThat(nonZero(summary.jsonPath().getMap("byStatus"))).isEqualTo(counted);
        assertThat(summary.jsonPath().getMap("byStatus").keySet())
                .containsExactly("NOT_STARTED", "IN_PROGRESS", "BEHIND", "OVERDUE", "COMPLETED");
        assertThat(summary.jsonPath().getString("asOf")).isNotNull();
    }

    static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        PlanmonTestResource.jdbcUrl(), PlanmonTestResource.username(), PlanmonTestResource.password());
                Statement s = c.createStatement()) {
            c.setSchema("task");
            s.executeUpdate(statement);
        }
    }
}
