package io.planmon.devstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.devstack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The calls the latency benchmark makes through the gateway with a bearer token: pushes, reads, receivers. */
final class LatencyApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    LatencyApi(String gatewayUrl) {
        this.gateway = gatewayUrl;
    }

    /** Pushes a synthetic value; the future completes with the status code. */
    CompletableFuture<Integer> pushAsync(String token, String indicator, String period, String value) {
        String body = "{\"value\": " + value + ", \"note\": \"synthetic latency benchmark value\"}";
        HttpRequest request = request(token, "/api/v1/indicators/" + indicator + "/observations/" + period)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** Pushes synthetic rows ({@code [indicator, period, value]}) in one batch; completes with the status code. */
    CompletableFuture<Integer> pushBatchAsync(String token, List<String[]> rows) {
        StringBuilder body = new StringBuilder("{\"observations\": [");
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            body.append(i == 0 ? "" : ", ")
                    .append("{\"indicator\": \"")
                    .append(row[0])
                    .append("\", \"period\": \"")
                    .append(row[1])
                    .append("\", \"value\": ")
                    .append(row[2])
                    .append(", \"note\": \"synthetic latency benchmark value\"}");
        }
        HttpRequest request = request(token, "/api/v1/observations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    int push(String token, String indicator, String period, String value) {
        return pushAsync(token, indicator, period, value).join();
    }

    int get(String token, String path) {
        return send(request(token, path).GET().build()).statusCode();
    }

    /** POSTs JSON and returns the created resource's id; anything but 201 ends the benchmark. */
    long create(String token, String path, String json) {
        HttpResponse<String> response = send(request(token, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        if (response.statusCode() != 201) {
            throw new StackException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body()).get("id").asLong();
        } catch (IOException e) {
            throw new StackException("POST " + path + " answered no id: " + response.body(), e);
        }
    }

    /** Deletes what the benchmark created; a refusal ends the benchmark, as the creation's would. */
    void delete(String token, String path) {
        HttpResponse<String> response = send(request(token, path).DELETE().build());
        if (response.statusCode() / 100 != 2) {
            throw new StackException("DELETE " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}
