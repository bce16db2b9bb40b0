package io.planmon.e2e;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A server-sent-event stream read the way a browser dashboard reads it, through the gateway: it is open once the
 * answer's headers have arrived, and every {@code data:} line is collected as it comes until {@link #close}.
 */
final class EventStream implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final HttpResponse<Stream<String>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-" + response.uri().getPath());
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (Stream<String> body = response.body()) {
            body.forEach(lines::add);
        } catch (UncheckedIOException closed) {
            // the test closed the stream, or the server did
        }
    }

    /** Opens {@code path} at the gateway with {@code token} (none if null) and waits for the answer's headers. */
    static EventStream open(String path, String token) {
        return open(PlatformStack.get().gatewayUrl(), path, token);
    }

    /** Opens {@code path} at one server, e.g. one instance of a service, past the gateway. */
    static EventStream open(String baseUrl, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return new EventStream(HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer from " + path + " within 30 s", e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The payloads of the events received so far. */
    List<String> data() {
        return lines.stream()
                .filter(line -> line.startsWith("data:"))
                .map(line -> line.substring(5).strip())
                .toList();
    }

    /** Every line received so far, fields, comments and blank separators included. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The whole body of an answer that ends (a refusal), waiting at most 10 s for its end. */
    String body() {
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (UncheckedIOException ignored) {
            // already closed by the server
        }
        reader.interrupt();
    }
}
