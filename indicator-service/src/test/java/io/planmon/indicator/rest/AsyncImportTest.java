package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static io.planmon.indicator.rest.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.indicator.domain.ImportJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Asynchronous imports: a streamed body becomes a job that a worker applies chunk by chunk, followed at its Location. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "dept-stats", roles = "reporter")
@OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
class AsyncImportTest {
    private static final int ROWS = 20_000;
    private static final int MONTHS = 600;

    @Test
    void aCsvOfTwentyThousandRowsBecomesAJobThatEndsDoneWithItsCountsAndPagedRejections() {
        StringBuilder csv = new StringBuilder("indicator,period,value,note\n");
        YearMonth first = YearMonth.of(1901, 1);
        for (int i = 0; i < ROWS; i++) {
            // Each of 600 months comes 33 times with the same value (stored once, then unchanged); every 1000th row
            // has a value that is no number.
            String value = i % 1000 == 999 ? "n/a" : String.valueOf(100 + i % MONTHS);
            csv.append("TEST_ASYNC_BULK,")
                    .append(first.plusMonths(i % MONTHS))
                    .append(',')
                    .append(value)
                    .append(",synthetic async\n");
        }

        ExtractableResponse<Response> accepted = AsyncImports.submit("text/csv", "", csv.toString());
        String location = accepted.header("Location");
        assertThat(location).startsWith("/api/v1/imports/");
        assertThat(accepted.<String>path("state")).isEqualTo("QUEUED");
        assertThat(accepted.<Integer>path("rowsTotal")).isEqualTo(ROWS);
        assertThat(location).endsWith(accepted.<String>path("id"));

        ExtractableResponse<Response> done = AsyncImports.awaitEnd(location, Duration.ofMinutes(4));
        assertThat(done.<String>path("failure")).isNull();
        assertThat(done.<String>path("state")).isEqualTo("DONE");
        assertThat(done.<Integer>path("rowsDone")).isEqualTo(ROWS);
        assertThat(done.<Integer>path("imported")).isEqualTo(MONTHS);
        assertThat(done.<Integer>path("updated")).isZero();
        assertThat(done.<Integer>path("rejectedCount")).isEqualTo(20);
        assertThat(done.<Integer>path("unchanged")).isEqualTo(ROWS - MONTHS - 20);
        assertThat(done.<String>path("startedAt")).isNotNull();
        assertThat(done.<String>path("finishedAt")).isNotNull();
        assertThat(done.<Boolean>path("dryRun")).isFalse();
        assertThat(done.<String>path("submittedBy")).isEqualTo("dept-stats");

        request()
                .get(location + "?limit=5&offset=5")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "20")
                .body("rejected.index", contains(5999, 6999, 7999, 8999, 9999))
                .body("rejected[0].field", equalTo("value"))
                .body("rejected[0].indicator", equalTo("TEST_ASYNC_BULK"))
                .body(
                        "rejected[0].period",
                        equalTo(first.plusMonths(5999 % MONTHS).toString()));

        get("/api/v1/indicators/TEST_ASYNC_BULK/observations/1901-02/revisions")
                .statusCode(200)
                .body("revision", contains(1))
                .body("value", contains(num("101")));
        get("/q/metrics")
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("planmon_import_jobs_rows_total{outcome=\"imported\"}"))
                .body(org.hamcrest.Matchers.containsString("planmon_import_jobs_running"));
    }

    @Test
    void aJsonJobCountsRevisionsAndRejectsBadRowsWithTheirIndexInTheWholeImport() {
        String body =
                """
                {"observations": [
                  {"indicator": "TEST_ASYNC_ROWS", "period": "1990", "value": 1, "note": "synthetic"},
                  {"indicator": "TEST_ASYNC_ROWS", "period": "1991", "value": 2},
                  {"indicator": "TEST_ASYNC_ROWS", "period": "1990", "value": 1},
                  {"indicator": "TEST_ASYNC_ROWS", "period": "1990", "value": 1.5, "note": "synthetic revised"},
                  {"indicator": "NO_SUCH", "period": "1990", "value": 1},
                  {"indicator": "FAMILY_DOCTOR_COVERAGE", "period": "2020", "value": 50},
                  {"indicator": "TEST_ASYNC_ROWS", "period": "1992", "value": "x"},
                  {"indicator": "TEST_ASYNC_ROWS", "period": "1990Q1", "value": 1}
                ]}""";
        String location = AsyncImports.submit("application/json", "", body).header("Location");

        ExtractableResponse<Response> done = AsyncImports.awaitEnd(location, Duration.ofMinutes(1));
        assertThat(done.<String>path("state")).isEqualTo("DONE");
        assertThat(done.<Integer>path("imported")).isEqualTo(2);
        assertThat(done.<Integer>path("updated")).isEqualTo(1);
        assertThat(done.<Integer>path("unchanged")).isEqualTo(1);
        assertThat(done.<Integer>path("rejectedCount")).isEqualTo(4);
        assertThat(done.<String>path("format")).isEqualTo("JSON");

        request()
                .get(location + "?limit=2&offset=1")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "4")
                .body("rejected.index", contains(5, 6))
                .body("rejected.field", contains("indicator", "value"));
        get("/api/v1/indicators/TEST_ASYNC_ROWS/observations/1990/revisions")
                .statusCode(200)
                .body("revision", contains(1, 2))
                .body("value", contains(num("1"), num("1.5")));
    }

    @Test
    void aBodyThatCannotBeReadIsA400AndLeavesNoJob() {
        long before = jobCount();
        Api.post("/api/v1/observations?async=true", "application/json", "{\"observations\": 3}")
                .statusCode(400)
                .body("errors[0].field", equalTo("observations"));
        Api.post(
                        "/api/v1/observations?async=true",
                        "application/json",
                        "{\"observations\": [{\"indicator\": \"TEST_ASYNC_ROWS\"}, ")
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
        Api.post("/api/v1/observations?async=true", "application/json", "{\"observations\": []}{\"observations\": []}")
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("content after the JSON object"));
        Api.post("/api/v1/observations?async=true", "text/csv", "indicator,period,amount\nX,2020,1\n")
                .statusCode(400)
                .body("errors[0].field", equalTo("header"));
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void aBodyOverThirtyTwoMegabytesIsA413ExceptForAnAsynchronousImport() {
        byte[] large = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) ' ');
        request()
                .contentType("application/json")
                .body(large)
                .put("/api/v1/indicators/TEST_ASYNC_ROWS/observations/1995")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        request()
                .contentType("application/json")
                .body(large)
                .post("/api/v1/observations")
                .then()
                .statusCode(413);
    }

    @Test
    void aBodyOfUnknownLengthIsA411ExceptForAnAsynchronousImport() throws Exception {
        java.net.http.HttpResponse<String> put = chunked(
                "PUT", "/api/v1/indicators/TEST_ASYNC_ROWS/observations/1995", "application/json", "{\"value\": 1}");
        assertThat(put.statusCode()).isEqualTo(411);
        assertThat(put.body()).contains("urn:planmon:problem:length-required");

        assertThat(chunked("POST", "/api/v1/observations?async=true", "text/csv", "indicator,period,value\n")
                        .statusCode())
                .isEqualTo(202);
    }

    /** A request whose body has no declared length, so it goes out chunked (RestAssured would declare it). */
    private static java.net.http.HttpResponse<String> chunked(String method, String path, String type, String body)
            throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                .header("Content-Type", type)
                .method(
                        method,
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(body.getBytes())))
                .build();
        return java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static long jobCount() {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.count());
    }

    @Test
    void pagingParametersOutOfRangeAreA400AndAnUnknownJobA404() {
        String location =
                AsyncImports.submit("text/csv", "", "indicator,period,value\n").header("Location");
        request().get(location + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        request().get(location + "?offset=-1").then().statusCode(400).body("errors[0].field", equalTo("offset"));
        request().get(location + "?limit=abc").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        request()
                .get("/api/v1/imports/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        request().get("/api/v1/imports/not-a-job").then().statusCode(404);
        ExtractableResponse<Response> empty = AsyncImports.awaitEnd(location, Duration.ofSeconds(30));
        assertThat(empty.<String>path("state")).isEqualTo("DONE");
        assertThat(empty.<Integer>path("rowsTotal")).isZero();
        get(location).body("id", notNullValue()).body("state", startsWith("DONE"));
    }
}
