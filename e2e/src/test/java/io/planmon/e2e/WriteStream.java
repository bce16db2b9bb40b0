package io.planmon.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A department system pushing values, one after another at a steady pace, each to a period of its own (monthly periods
 * of FIXED_ASSET_INVESTMENT_GROWTH from a given year on), while a test deals its fault; every answer is kept with how
 * long it took. Values synthetic.
 */
final class WriteStream implements AutoCloseable {
    static final String INDICATOR = "FIXED_ASSET_INVESTMENT_GROWTH";
    private static final Duration GAP = Duration.ofMillis(200);
    /** Monthly periods a stream may use: 25 years' worth, enough for about a minute of pushes. */
    static final int PERIODS = 300;

    /** One push and its answer ({@code status} 0: no answer at all). */
    record Write(String period, String value, int status, String contentType, String body, Duration took) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final String gateway;
    private final String token;
    private final int firstYear;
    private final Thread thread;
    private volatile boolean running = true;

    private WriteStream(String gateway, String token, int firstYear) {
        this.gateway = gateway;
        this.token = token;
        this.firstYear = firstYear;
        this.thread = new Thread(this::run, "write-stream-" + firstYear);
    }

    /** Starts pushing to periods from January of {@code firstYear} on (at most {@link #PERIODS}). */
    static WriteStream start(String gateway, String token, int firstYear) {
        WriteStream stream = new WriteStream(gateway, token, firstYear);
        stream.thread.start();
        return stream;
    }

    private void run() {
        for (int i = 0; running && i < PERIODS; i++) {
            String period = String.format(Locale.ROOT, "%d-%02d", firstYear + i / 12, i % 12 + 1);
            String value = String.format(Locale.ROOT, "%d.%02d", 3 + i / 100, i % 100);
            writes.add(push(period, value));
            try {
                Thread.sleep(GAP.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Write push(String period, String value) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(gateway + "/api/v1/indicators/" + INDICATOR + "/observations/" + period))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"value\": " + value + ", \"note\": \"synthetic fault-injection value\"}"))
                .build();
        long begin = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Write(
                    period,
                    value,
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""),
                    answer.body(),
                    Duration.ofNanos(System.nanoTime() - begin));
        } catch (IOException e) {
            return new Write(period, value, 0, "", e.toString(), Duration.ofNanos(System.nanoTime() - begin));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Write(period, value, 0, "", "interrupted", Duration.ofNanos(System.nanoTime() - begin));
        }
    }

    /** How many answers have come back so far. */
    int answered() {
        return writes.size();
    }

    /** Stops pushing and returns every push made, in order. */
    List<Write> stop() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(60).toMillis());
        return List.copyOf(writes);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
