package io.planmon.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.devstack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

/**
 * Keeps {@code GET /api/v1/alerts/stream} open through the gateway, as a dashboard does, and reports each alert change
 * to {@link Arrivals} the moment its {@code data:} line is read.
 */
final class AlertStreamWatch implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Thread reader;
    private volatile Stream<String> lines;

    AlertStreamWatch(String gatewayUrl, String token, Arrivals arrivals) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/alerts/stream"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<Stream<String>> response;
        try {
            response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new StackException("the alert stream cannot be opened: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while opening the alert stream", e);
        }
        if (response.statusCode() != 200) {
            throw new StackException("the alert stream answered " + response.statusCode());
        }
        lines = response.body();
        reader = new Thread(
                () -> {
                    try {
                        lines.filter(line -> line.startsWith("data:"))
                                .forEach(line -> report(line.substring(5).trim(), arrivals));
                    } catch (RuntimeException closed) {
                        // the bench closed the stream
                    }
                },
                "bench-alert-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private static void report(String data, Arrivals arrivals) {
        long now = System.nanoTime();
        try {
            JsonNode element = JSON.readTree(data);
            arrivals.arrived(
                    element.at("/alert/subjectCode").asText(),
                    element.path("change").asText(),
                    now);
        } catch (IOException unreadable) {
            // not an alert change: nothing to time
        }
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
