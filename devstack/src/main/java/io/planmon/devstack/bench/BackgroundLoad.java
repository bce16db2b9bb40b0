package io.planmon.devstack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Pushes synthetic values through the gateway at a fixed rate while the latency is measured, as the departments'
 * systems do during the day: the statistics bureau's own indicators, past periods, values that wander so that some
 * of them change status. Bounded: it stops by itself after {@code limit}, whatever the caller does.
 */
final class BackgroundLoad implements AutoCloseable {
    private static final List<String> INDICATORS = List.of(
            "GDP_PER_CAPITA",
            "RURAL_INCOME",
            "RETAIL_SALES",
            "WAGE_GROWTH",
            "MANUFACTURING_SHARE",
            "CULTURAL_INDUSTRY_SHARE",
            "PRIVATE_INVESTMENT_SHARE",
            "ENTERPRISE_RD_EXPENDITURE",
            "LABOUR_PRODUCTIVITY_GROWTH",
            "STRATEGIC_EMERGING_OUTPUT_SHARE");
    /** More requests than this unanswered means the stack is behind: a tick then skips, rather than pile up. */
    private static final int MAX_IN_FLIGHT = 64;

    private static final List<String> PERIODS = List.of("2021", "2022", "2023", "2024", "2025");

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-background-load");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final long started = System.nanoTime();
    private final int rowsPerRequest;

    /**
     * {@code perSecond} values a second, {@code rowsPerRequest} to a request: 1 is a {@code PUT} per value, more a
     * batch ({@code POST /api/v1/observations}) every {@code rowsPerRequest / perSecond} seconds.
     */
    BackgroundLoad(LatencyApi api, Supplier<String> token, int perSecond, int rowsPerRequest, long limitSeconds) {
        this.rowsPerRequest = rowsPerRequest;
        long every = 1_000_000L * rowsPerRequest / perSecond;
        ticker.scheduleAtFixedRate(
                () -> {
                    if (!inFlight.tryAcquire()) {
                        skipped.incrementAndGet();
                        return;
                    }
                    List<String[]> rows = new ArrayList<>(rowsPerRequest);
                    for (int i = 0; i < rowsPerRequest; i++) {
                        long n = sent.getAndIncrement();
                        String indicator = INDICATORS.get((int) (n % INDICATORS.size()));
                        String period = PERIODS.get((int) (n / INDICATORS.size() % PERIODS.size()));
                        // 20–49: valid for shares and rates too
                        rows.add(new String[] {indicator, period, Long.toString(20 + (n * 7919) % 30)});
                    }
                    CompletableFuture<Integer> answered = rowsPerRequest == 1
                            ? api.pushAsync(token.get(), rows.get(0)[0], rows.get(0)[1], rows.get(0)[2])
                            : api.pushBatchAsync(token.get(), rows);
                    answered.whenComplete((status, failure) -> {
                        inFlight.release();
                        if (failure == null && status / 100 == 2) {
                            accepted.addAndGet(rowsPerRequest);
                        } else {
                            refused.addAndGet(rowsPerRequest);
                        }
                    });
                },
                0,
                every,
                TimeUnit.MICROSECONDS);
        ticker.schedule(ticker::shutdown, limitSeconds, TimeUnit.SECONDS);
    }

    /** What was pushed, as a line of the report. */
    String summary() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(
                "%d synthetic values in %.1f s (%.0f/s) as %s, %d accepted, %d refused or failed, %d ticks skipped"
                        + " because %d requests were still unanswered",
                sent.get(),
                seconds,
                sent.get() / seconds,
                rowsPerRequest == 1 ? "one PUT each" : "batches of " + rowsPerRequest,
                accepted.get(),
                refused.get(),
                skipped.get(),
                MAX_IN_FLIGHT);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
