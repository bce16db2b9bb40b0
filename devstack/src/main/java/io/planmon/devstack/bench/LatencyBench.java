package io.planmon.devstack.bench;

import java.io.PrintStream;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * {@code ./planmon bench latency}: push → alert on the live stream and push → signed webhook through the gateway,
 * with background pushes, beside a plain round trip through the gateway; then the outbox drain after a 100,000-row
 * import beside a bare Kafka producer's rate. All values are synthetic, on past periods (docs/performance.md).
 */
public final class LatencyBench {
    /** A DECREASING indicator: 2025 above 2024 is OFF_TRACK (a CRITICAL alert fires), below it ON_TRACK (resolved). */
    static final String SUBJECT = "PM25_CONCENTRATION";

    private static final int WARM_UP_PAIRS = 20;
    private static final int PAIRS = 100;
    private static final int BACKGROUND_PER_SECOND = 200;
    /**
     * How the background values arrive: as a department system sends a day's figures, in batches of 20 (ten requests
     * a second), then one {@code PUT} per value (200 requests a second), the heavier way to send the same values.
     */
    private static final int[] BACKGROUND_ROWS_PER_REQUEST = {20, 1};

    private static final int DRAIN_ROWS = 100_000;
    private static final long WAIT_SECONDS = 10;
    private static final String SECRET = "synthetic-bench-webhook-secret";

    private final BenchTarget target;
    private final Properties endpoints;
    private final PrintStream out;

    public LatencyBench(BenchTarget target, Properties endpoints, PrintStream out) {
        this.target = target;
        this.endpoints = endpoints;
        this.out = out;
    }

    public int run() throws Exception {
        Tokens tokens = new Tokens(target);
        // A run outlives a token (5 minutes in the local realm): the pushes take theirs fresh once a minute.
        Supplier<String> eco = tokens.freshDepartment("dept-eco");
        Supplier<String> stats = tokens.freshDepartment("dept-stats");
        String monitor = tokens.user("monitor");
        LatencyApi api = new LatencyApi(target.gatewayUrl());
        Arrivals onStream = new Arrivals();
        Arrivals atWebhook = new Arrivals();
        out.println("latency benchmark against " + target.gatewayUrl() + " (synthetic values, past periods)");

        int failures;
        try (WebhookReceiver webhook = new WebhookReceiver(SECRET, atWebhook);
                AlertStreamWatch stream = new AlertStreamWatch(target.gatewayUrl(), monitor, onStream)) {
            long receiver = api.create(
                    monitor,
                    "/api/v1/receivers",
                    "{\"name\": \"synthetic latency bench hook\"," + " \"kind\": \"WEBHOOK\", \"url\": \""
                            + webhook.url() + "\", \"secret\": \"" + SECRET + "\"}");
            long rule = api.create(
                    monitor,
                    "/api/v1/rules",
                    "{\"name\": \"synthetic latency bench\", \"subject\": \"" + SUBJECT + "\", \"receivers\": ["
                            + receiver + "]}");
            try {
                api.push(eco.get(), SUBJECT, "2024", "30");
                api.push(eco.get(), SUBJECT, "2025", "25"); // ON_TRACK: resolves an alert left by an earlier run
                Pairs warmUp = new Pairs(api, eco, stats, onStream, atWebhook);
                warmUp.measure(WARM_UP_PAIRS, WAIT_SECONDS);
                failures = 0;
                for (int rowsPerRequest : BACKGROUND_ROWS_PER_REQUEST) {
                    failures += measureUnderLoad(api, eco, stats, rowsPerRequest, onStream, atWebhook, webhook);
                }
            } finally {
                api.delete(monitor, "/api/v1/rules/" + rule);
                api.delete(monitor, "/api/v1/receivers/" + receiver);
            }
        }

        out.println();
        out.println("outbox drain of indicator-service after a " + String.format("%,d", DRAIN_ROWS) + "-row import");
        OutboxDrain drain = new OutboxDrain(
                target.database(), "http://localhost:" + endpoints.getProperty("indicator-service.port"), out);
        String payload = drain.samplePayload();
        double[] drained = drain.run(DRAIN_ROWS, payload);
        double ceiling = KafkaCeiling.rate("localhost:" + endpoints.getProperty("kafka.port"), DRAIN_ROWS, payload);
        out.printf(
                "  drain: %,.0f events/s, every event on Kafka %.2f s after the import's commit (payload %d bytes)%n",
                drained[0], drained[1], payload.length());
        out.printf("  ceiling: a bare producer to the same broker: %,.0f events/s%n", ceiling);
        return failures == 0 ? 0 : 1;
    }

    /** 100 measured pairs while the statistics bureau pushes 200 values a second, so many to a request. */
    private int measureUnderLoad(
            LatencyApi api,
            Supplier<String> reporter,
            Supplier<String> background,
            int rowsPerRequest,
            Arrivals onStream,
            Arrivals atWebhook,
            WebhookReceiver webhook)
            throws InterruptedException {
        Pairs measured = new Pairs(api, reporter, background, onStream, atWebhook);
        String load;
        try (BackgroundLoad running = new BackgroundLoad(api, background, BACKGROUND_PER_SECOND, rowsPerRequest, 300)) {
            Thread.sleep(2_000); // the load runs at its rate before the first pair
            measured.measure(PAIRS, WAIT_SECONDS);
            load = running.summary();
        }
        out.println();
        out.println("push → alert, " + PAIRS + " fire/resolve pairs (" + 2 * PAIRS + " changes), background: " + load);
        print("  ceiling: GET through the gateway   ", measured.roundTrip);
        print("  the push itself (PUT answered)      ", measured.push);
        print("  push → alert on the stream          ", measured.stream);
        print("  push → signed webhook received      ", measured.webhook);
        out.printf(
                "  missed within %d s: %d; webhook requests with a bad signature: %d%n",
                WAIT_SECONDS, measured.missed(), webhook.badSignatures());
        return measured.missed();
    }

    private void print(String label, Histogram h) {
        out.printf(
                "%s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms   (n=%d)%n",
                label,
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0,
                h.getTotalCount());
    }

    /** Fire/resolve pairs: each push waits for its change on the stream and at the webhook before the next. */
    private static final class Pairs {
        final Histogram stream = histogram();
        final Histogram webhook = histogram();
        final Histogram push = histogram();
        final Histogram roundTrip = histogram();
        private final LatencyApi api;
        private final Supplier<String> reporter;
        private final Supplier<String> reader;
        private final Arrivals streamed;
        private final Arrivals delivered;
        private int missed;

        Pairs(
                LatencyApi api,
                Supplier<String> reporter,
                Supplier<String> reader,
                Arrivals streamed,
                Arrivals delivered) {
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

        int missed() {
            return missed;
        }

        private static Histogram histogram() {
            return new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        }
    }
}
