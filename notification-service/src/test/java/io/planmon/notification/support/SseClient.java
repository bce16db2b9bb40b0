package io.planmon.notification.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Reads a server-sent event stream over real HTTP, as a dashboard would, and keeps the JSON of every {@code data:}
 * line; closing it closes the connection.
 */
public final class SseClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    // Headers may come only with the first element: nothing here waits for them.
    private final CompletableFuture<HttpResponse<InputStream>> response;
    private final Thread reader;

    public SseClient(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        HttpResponse<InputStream> r;
        try {
            r = response.join();
        } catch (RuntimeException e) {
            problems.add(e.toString());
            return;
        }
        if (r.statusCode() != 200) {
            problems.add("the stream answered " + r.statusCode());
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    events.add(JSON.readTree(line.substring("data:".length()).strip()));
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    /** Every element received so far, in order; fails if the stream was refused. */
    public List<JsonNode> events() {
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.get(0));
        }
        return List.copyOf(events);
    }

    @Override
    public void close() {
        if (!response.cancel(true)) {
            try {
                response.join().body().close();
            } catch (IOException | RuntimeException e) {
                // already closed
            }
        }
        reader.interrupt();
    }
}
