package io.planmon.devstack.bench;

import static io.planmon.devstack.bench.FireResolvePairs.SUBJECT;

import java.io.PrintStream;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * {@code ./planmon bench latency}: push → alert on the live stream and push → signed webhook through the gateway,
 * with background pushes, beside a plain round trip through the gateway; then the outbox drain after a 100,000-row
 * import beside a bare Kafka producer's rate. All values are synthetic, on past periods (docs/performance.md).
 */
public final class LatencyBench {
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
                FireResolvePairs warmUp = new FireResolvePairs(api, eco, stats, onStream, atWebhook);
                warmUp.measure(WARM_UP_PAIRS, WAIT_SECONDS);
                failures = 0;
                for (int rowsPerRequest : BACKGROUND_ROWS_PER_REQUEST) {
                    failures += measureUnderLoad(api, eco, stats, rowsPerRequest, onStream, atWebhook, webhook);
                }
            } finally {
                // A fresh token: the run outlived the first one, and a refused delete would leave the receiver
                // behind, with deliveries that the next run's would queue behind.
                String cleanUp = tokens.user("monitor");
                api.delete(cleanUp, "/api/v1/rules/" + rule);
                api.delete(cleanUp, "/api/v1/receivers/" + receiver);
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
        FireResolvePairs measured = new FireResolvePairs(api, reporter, background, onStream, atWebhook);
        String load;
        try (BackgroundLoad running = new BackgroundLoad(api, background, BACKGROUND_PER_SECOND, rowsPerRequest, 300)) {
            Thread.sleep(2_000); // the load runs at its rate before the first pair
            measured.measure(PAIRS, WAIT_SECONDS);
            load = running.summary();
        }
        out.println();
        out.println("push → alert, " + PAIRS + " fire/resolve pairs (" + 2 * PAIRS + " changes), background: " + load);
        measured.print(out);
        out.printf(
                "  missed within %d s: %d; webhook requests with a bad signature: %d%n",
                WAIT_SECONDS, measured.missed(), webhook.badSignatures());
        return measured.missed();
    }
}
