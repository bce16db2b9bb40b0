package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.request;
import static org.awaitility.Awaitility.await;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;

/** Test helpers for asynchronous imports: submit a body, follow the job to its end. */
final class AsyncImports {
    private AsyncImports() {}

    static ExtractableResponse<Response> submit(String contentType, String query, String body) {
        return Api.post("/api/v1/observations?async=true" + query, contentType, body)
                .statusCode(202)
                .extract();
    }

    /** Waits until the job at {@code location} is DONE or FAILED, and returns its last state. */
    static ExtractableResponse<Response> awaitEnd(String location, Duration atMost) {
        return await().atMost(atMost)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> request().get(location).then().statusCode(200).extract(), job -> List.of("DONE", "FAILED")
                        .contains(job.path("state")));
    }
}
