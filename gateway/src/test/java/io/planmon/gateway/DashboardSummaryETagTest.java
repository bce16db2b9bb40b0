package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The summary's ETag follows its parts' ETags: it stays while theirs do (and the body with it, byte for byte), changes
 * when one changes, differs between scopes, and a caller that sends it gets a 304. The services are asked
 * conditionally, once for all the callers of a scope waiting at the same time.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class DashboardSummaryETagTest {

    @Test
    void staysWhileThePartsStayAndChangesWithAnyOfThem() {
        String monitor = Tokens.withRoles("monitor");
        Response first = DashboardSummaryTest.summary(monitor, "etag-test.first");
        Response again = DashboardSummaryTest.summary(monitor, "etag-test.again");

        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());

        for (String part : List.of("indicators", "tasks", "alerts")) {
            String before =
                    DashboardSummaryTest.summary(monitor, "etag-test.before").header("ETag");
            changeDataBehind(part);
            Response after = DashboardSummaryTest.summary(monitor, "etag-test.after-" + part);
            assertThat(after.header("ETag")).as("after a change of " + part).isNotEqualTo(before);
            assertThat(after.jsonPath().getBoolean("partial")).isFalse();
        }
    }

    @Test
    void asksTheServicesConditionally() {
        String viewer = Tokens.withRoles("viewer");
        DashboardSummaryTest.summary(viewer, "etag-test.warm");
        int notModified = counted("/api/v1/tasks/summary/requests", "notModified");

        DashboardSummaryTest.summary(viewer, "etag-test.revalidate").then().statusCode(200);

        assertThat(counted("/api/v1/tasks/summary/requests", "notModified")).isEqualTo(notModified + 1);
    }

    @Test
    void answers304ToTheCurrentETagAnd200ToAnOldOne() {
        String monitor = Tokens.withRoles("monitor");
        String etag = DashboardSummaryTest.summary(monitor, "etag-test.current").header("ETag");

        Response unchanged = conditional(monitor, etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(unchanged.asByteArray()).isEmpty();
        assertThat(conditional(monitor, "\"other\", W/" + etag).statusCode()).isEqualTo(304);

        changeDataBehind("alerts");
        Response changed = conditional(monitor, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.jsonPath().getInt("alerts.total")).isEqualTo(4);
    }

    @Test
    void differsBetweenScopes() {
        String monitor = DashboardSummaryTest.summary(Tokens.withRoles("monitor"), "etag-test.monitor")
                .header("ETag");
        String reporter = DashboardSummaryTest.summary(Tokens.valid(), "etag-test.reporter")
                .header("ETag");

        assertThat(reporter).isNotEqualTo(monitor);
        // A reporter's current summary is no proof that a monitor's copy is current.
        assertThat(conditional(Tokens.withRoles("monitor"), reporter).statusCode())
                .isEqualTo(200);
    }

    @Test
    void asksTheServicesOnceForCallersOfAScopeWaitingTogether() throws Exception {
        // The stand-in holds every slow-tasks request longer than the dashboard timeout (1 s): the callers that come
        // meanwhile wait for the round under way instead of starting their own.
        String token = Tokens.withRoles("plan-admin");
        int before = counted("/api/v1/tasks/summary/requests", "requests");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Response>> calls = IntStream.range(0, 10)
                    .mapToObj(i -> pool.submit(() -> DashboardSummaryTest.summary(token, "etag-test.slow-tasks")))
                    .toList();
            for (Future<Response> call : calls) {
                Response response = call.get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.jsonPath().getBoolean("partial")).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        int after = counted("/api/v1/tasks/summary/requests", "requests");
        assertThat(after - before).as("rounds that asked the task service").isLessThan(10);
        assertThat(joinedAnswers()).isPositive();
    }

    /** A write to the stand-in through the gateway, which changes the ETag of its summary. */
    static void changeDataBehind(String part) {
        given().auth()
                .oauth2(Tokens.withRoles("plan-admin"))
                .when()
                .post("/api/v1/" + part + "/summary")
                .then()
                .statusCode(204);
    }

    static int counted(String path, String what) {
        return given().auth()
                .oauth2(Tokens.withRoles("monitor"))
                .when()
                .get(path)
                .jsonPath()
                .getInt(what);
    }

    private static Response conditional(String token, String ifNoneMatch) {
        return given().auth()
                .oauth2(token)
                .header("If-None-Match", ifNoneMatch)
                .when()
                .get(DashboardSummaryTest.PATH);
    }

    private static double joinedAnswers() {
        String metrics = given().when().get("/q/metrics").asString();
        Matcher matcher = Pattern.compile("(?m)^planmon_gateway_dashboard_answers_total\\{source=\"joined\"} (\\S+)$")
                .matcher(metrics);
        assertThat(matcher.find()).as("the joined counter is exported").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
