package io.planmon.deploy;

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
 * The monitoring office's live alert stream (server-sent events) through the gateway, read as a dashboard reads it:
 * open once the headers are in, every {@code data:} line kept until {@link #close}.
 */
final class AlertStream implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final HttpResponse<Stream<String>> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private AlertStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "alert-stream");
        reader.setDaemon(true);
        reader.start();
    }

    static AlertStream open(String gatewayUrl, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/alerts/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            return new AlertStream(
                    HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer from the alert stream within 30 s", e);
        }
    }

    private void read() {
        try (Stream<String> body = response.body()) {
            body.forEach(lines::add);
        } catch (UncheckedIOException closed) {
            // closed by the check or by the server
        }
    }

    int status() {
        return response.statusCode();
    }

    /** Every data payload received so far, one string. */
    String data() {
        return String.join(
                "\n", lines.stream().filter(l -> l.startsWith("data:")).toList());
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (UncheckedIOException ignored) {
            // already closed
        }
    }
}
