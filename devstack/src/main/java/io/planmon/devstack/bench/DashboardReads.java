package io.planmon.devstack.bench;

import io.planmon.devstack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads the read benchmark measures, and the gateway's answer to each fetched once before any load, so that the
 * static server beside it serves the very same bytes and the conditional cases have an ETag to send.
 */
final class DashboardReads {

    /** A read the dashboard makes; a list must keep within {@link Targets#LIST_LIMIT_BYTES}. */
    record ReadCase(String name, String path, boolean list) {}

    /** What the gateway answered once, the bytes the static server then serves. */
    record Answer(ReadCase read, byte[] body, String etag) {}

    /** The summary, the catalogue, one indicator and the first page of alerts: what a dashboard polls. */
    private static final List<ReadCase> CASES = List.of(
            new ReadCase("summary", "/api/v1/dashboard/summary", false),
            new ReadCase("catalogue", "/api/v1/indicators", true),
            new ReadCase("indicator", "/api/v1/indicators/GDP_PER_CAPITA", false),
            new ReadCase("alerts", "/api/v1/alerts", true));

    private DashboardReads() {}

    /** Every read once through the gateway with this token; anything but {@code 200} ends the benchmark. */
    static List<Answer> fetchOnce(HttpClient http, String gatewayUrl, String token)
            throws IOException, InterruptedException {
        List<Answer> answers = new ArrayList<>();
        for (ReadCase read : CASES) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(gatewayUrl + read.path()))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new StackException("GET " + read.path() + " answered " + response.statusCode() + ": "
                        + new String(response.body()));
            }
            answers.add(new Answer(
                    read, response.body(), response.headers().firstValue("ETag").orElse(null)));
        }
        return answers;
    }
}
