package io.planmon.devstack.bench;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * The latency benchmark's measured changes: fire/resolve pairs, each push waiting for its change on the stream and at
 * the webhook before the next, so that every latency is one change's alone; with a plain read after each pair as the
 * gateway's round-trip ceiling.
 */
final class FireResolvePairs {
    /** A DECREASING indicator: 2025 above 2024 is OFF_TRACK (a CRITICAL alert fires), below it ON_TRACK (resolved). */
    static final String SUBJECT = "PM25_CONCENTRATION";

    private final Histogram stream = histogram();
    private final Histogram webhook = histogram();
    private final Histogram push = histogram();
    private final Histogram roundTrip = histogram();
    private final LatencyApi api;
    private final Supplier<String> reporter;
    private final Supplier<String> reader;
    private final Arrivals streamed;
    private final Arrivals delivered;
    private int missed;

    FireResolvePairs(
            LatencyApi api, Supplier<String> reporter, Supplier<String> reader, Arrivals streamed, Arrivals delivered) {
        this.api = api;
        this.reporter = reporter;
        this.reader = reader;
        this.streamed = streamed;
        this.delivered = delivered;
    }

    void measure(int pairs, long waitSeconds) throws InterruptedException {
        for (int i = 0; i < pairs; i++) {
            change("40", "FIRED", waitSeconds); // above 2024's 30: OFF_TRACK
            change("25", "RESOLVED", waitSeconds); // below it: ON_TRACK
            long started = System.nanoTime();
            api.get(reader.get(), "/api/v1/indicators/" + SUBJECT);
            roundTrip.recordValue((System.nanoTime() - started) / 1000);
        }
    }

    private void change(String value, String change, long waitSeconds) throws InterruptedException {
        CompletableFuture<Long> onStream = streamed.expect(SUBJECT, change);
        CompletableFuture<Long> atWebhook = delivered.expect(SUBJECT, change);
        long started = System.nanoTime();
        int status;
        try {
            status = api.push(reporter.get(), SUBJECT, "2025", value);
        } catch (RuntimeException timedOut) {
            status = 0;
        }
        push.recordValue((System.nanoTime() - started) / 1000);
        if (status / 100 != 2) {
            missed += 2; // neither the stream nor the webhook can be timed
            return;
        }
        record(onStream, started, stream, waitSeconds);
        record(atWebhook, started, webhook, waitSeconds);
        Thread.sleep(50); // the delivery's outcome is recorded before the next change of the same alert
    }

    private void record(CompletableFuture<Long> arrival, long started, Histogram h, long waitSeconds) {
        try {
            h.recordValue((arrival.get(waitSeconds, TimeUnit.SECONDS) - started) / 1000);
        } catch (Exception e) {
            missed++;
        }
    }

    /** Changes not seen on the stream or at the webhook within the wait, once per place (a refused push: both). */
    int missed() {
        return missed;
    }

    /** One line per histogram: the round-trip ceiling, the push itself, then the two latencies it bounds. */
    void print(PrintStream out) {
        print(out, "  ceiling: GET through the gateway   ", roundTrip);
        print(out, "  the push itself (PUT answered)      ", push);
        print(out, "  push → alert on the stream          ", stream);
        print(out, "  push → signed webhook received      ", webhook);
    }

    private static void print(PrintStream out, String label, Histogram h) {
        out.printf(
                "%s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms   (n=%d)%n",
                label,
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0,
                h.getTotalCount());
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    }
}
