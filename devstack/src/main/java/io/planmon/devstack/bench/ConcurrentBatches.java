package io.planmon.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.devstack.StackException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Observations per second through the gateway: four clients at once, each pushing 500-row batches of its own
 * indicator (one monthly, three quarterly), every batch a new round of values for the same periods, so that each row
 * is a new revision with its evaluation and event.
 */
final class ConcurrentBatches {
    static final int CLIENTS = 4;
    static final int ROWS = 500;

    private final BenchApi api;
    private final PrintStream out;

    ConcurrentBatches(BenchApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** Rows per second over {@code batches} measured batches per client, after one unmeasured batch each. */
    double rowsPerSecond(List<String> tokens, int batches) throws Exception {
        run(tokens, 1, 0);
        long begin = System.nanoTime();
        int stored = run(tokens, batches, 1);
        double seconds = (System.nanoTime() - begin) / 1e9;
        out.printf("  %d rows stored by %d clients in %.1f s%n", stored, CLIENTS, seconds);
        return stored / seconds;
    }

    private int run(List<String> tokens, int batches, int firstRound) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger stored = new AtomicInteger();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    boolean monthly = client == 0;
                    String indicator = monthly ? SyntheticRows.MONTHLY : SyntheticRows.QUARTERLY.get(client - 1);
                    for (int b = 0; b < batches; b++) {
                        String body = SyntheticRows.batch(indicator, monthly, 0, ROWS, 1000 + firstRound + b);
                        JsonNode summary = api.postJson(tokens.get(client), "/api/v1/observations", body)
                                .require(200, "a 500-row batch of " + indicator);
                        if (summary.get("rejected").size() > 0) {
                            throw new StackException("rows of " + indicator + " rejected: " + summary.get("rejected"));
                        }
                        stored.addAndGet(summary.get("imported").asInt()
                                + summary.get("updated").asInt()
                                + summary.get("unchanged").asInt());
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return stored.get();
    }
}
