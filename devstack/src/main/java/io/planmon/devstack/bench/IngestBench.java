package io.planmon.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.devstack.StackException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./planmon bench ingest} against a stack started with {@code ./planmon up --bench}: observations per second
 * through the gateway (real tokens, evaluation and events) beside PostgreSQL's own upsert rate on the same server, the
 * time of a 120-row monthly backfill and of a 10-row correction at the start of a 1,000-period series, and the
 * asynchronous import of a million-row CSV with the service's heap. Writes synthetic values ("synthetic bench") of the
 * statistics bureau's monthly and quarterly indicators in periods from 1900: run it on a throwaway stack.
 */
public final class IngestBench {
    private static final int BACKFILLS = 5;
    private static final int CORRECTIONS = 7;
    private static final int MEASURED_BATCHES = 6;
    private static final int WARM_UP_SECONDS = 30;

    private final BenchTarget target;
    private final PrintStream out;

    public IngestBench(BenchTarget target, PrintStream out) {
        this.target = target;
        this.out = out;
    }

    public int run() throws Exception {
        BenchApi api = new BenchApi(target.gatewayUrl());
        Tokens tokens = new Tokens(target);
        String stats = tokens.department("dept-stats");
        out.println("ingest benchmark against " + target.gatewayUrl() + " on " + Machine.describe());
        if (api.get(stats, "/api/v1/indicators/" + SyntheticRows.MONTHLY + "/observations")
                        .require(200, "the monthly series")
                        .size()
                > 0) {
            out.println("  note: " + SyntheticRows.MONTHLY + " already has values (an earlier run?): the backfill"
                    + " is then not into an empty series; for comparable figures start from a fresh stack");
        }

        // A service runs for days: what a backfill costs is what it costs once the JIT has compiled the import path
        // (C2 compiles a method after about 10,000 calls), not in the first seconds after a start.
        out.printf(
                "warming up: %d s of unmeasured 120-row quarterly batches (the services' JIT compiles the import path)%n",
                WARM_UP_SECONDS);
        String quarterly = SyntheticRows.QUARTERLY.get(0);
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        int warmUps = 0;
        for (int round = 0; System.nanoTime() < warmUntil; round++, warmUps++) {
            api.postJson(stats, "/api/v1/observations", SyntheticRows.batch(quarterly, false, 0, 120, 500 + round))
                    .require(200, "a warm-up batch");
        }
        out.printf("  %d warm-up batches%n", warmUps);
        out.println("(c) 120-row monthly backfills, each decade after the last, into a series with nothing later");
        Timings backfill = new Timings();
        for (int rep = 0; rep < BACKFILLS; rep++) {
            backfill.add(timed(api, stats, SyntheticRows.batch(SyntheticRows.MONTHLY, true, rep * 120, 120, 0), 120));
        }
        out.println("  ms: " + backfill);
        out.println("    filling the series to 1,000 months");
        timed(
                api,
                stats,
                SyntheticRows.batch(SyntheticRows.MONTHLY, true, BACKFILLS * 120, 1000 - BACKFILLS * 120, 0),
                1000 - BACKFILLS * 120);

        out.println("(d) 10-row corrections at the start of the 1,000-period series");
        Timings correction = new Timings();
        for (int rep = 0; rep < CORRECTIONS; rep++) {
            correction.add(timed(api, stats, SyntheticRows.batch(SyntheticRows.MONTHLY, true, 0, 10, 1 + rep), 10));
        }
        out.println("  ms: " + correction);

        out.println("(a) 500-row batches from 4 concurrent clients through the gateway");
        List<String> clients = new ArrayList<>();
        for (int c = 0; c < ConcurrentBatches.CLIENTS; c++) {
            clients.add(tokens.department("dept-stats"));
        }
        double gateway = new ConcurrentBatches(api, out).rowsPerSecond(clients, MEASURED_BATCHES);

        out.println("(b) PostgreSQL's own 500-row upserts, 1 connection, same server");
        int plainBatches = MEASURED_BATCHES * ConcurrentBatches.CLIENTS;
        double plain = new PlainUpsert(target.database()).rowsPerSecond(4, plainBatches, 500, 2000);

        out.println("(e) asynchronous import of a 1,000,000-row CSV");
        String metricsUrl = indicatorServiceUrl() + "/q/metrics";
        AsyncCsvImport.Result async = new AsyncCsvImport(api, () -> ServiceHeap.of(api.text(metricsUrl)), out)
                .run(() -> tokens.department("dept-stats"));
        JsonNode job = async.job();

        out.println();
        out.println("| figure | measured | ceiling or target |");
        out.println("|---|---|---|");
        out.printf(
                "| (a) 500-row batches, 4 clients, through the gateway | %.0f obs/s | (b) %.0f rows/s: ratio %.1f %% (target >= 10 %%) |%n",
                gateway, plain, 100 * gateway / plain);
        out.printf(
                "| (c) 120-row monthly backfill, median of %d | %.0f ms | <= 250 ms |%n", BACKFILLS, backfill.median());
        out.printf(
                "| (d) 10-row correction at the start of 1,000 periods, median of %d | %.0f ms | <= 300 ms |%n",
                CORRECTIONS, correction.median());
        out.printf(
                "| (e) async import of 1,000,000 CSV rows (%.0f MB) | %.0f s, %.0f rows/s (upload and spool %.1f s), %s | <= 180 s |%n",
                async.bytes() / 1e6,
                async.seconds(),
                AsyncCsvImport.ROWS / async.seconds(),
                async.uploadSeconds(),
                job.get("state").asText());
        out.printf(
                "| (e) indicator-service heap before / highest during / after | %s / %s / %s | unchanged (-Xmx384m) |%n",
                async.before(), async.peak(), async.after());
        out.printf(
                "  job: %d imported, %d updated, %d unchanged, %d rejected%s%n",
                job.get("imported").asInt(),
                job.get("updated").asInt(),
                job.get("unchanged").asInt(),
                job.get("rejectedCount").asInt(),
                job.hasNonNull("failure") ? ", failure: " + job.get("failure").asText() : "");
        return "DONE".equals(job.get("state").asText()) ? 0 : 1;
    }

    /** The time of one synchronous batch that must store {@code expected} rows. */
    private static long timed(BenchApi api, String token, String body, int expected) {
        long begin = System.nanoTime();
        JsonNode summary = api.postJson(token, "/api/v1/observations", body).require(200, "a batch");
        long took = System.nanoTime() - begin;
        int stored = summary.get("imported").asInt() + summary.get("updated").asInt();
        if (stored != expected) {
            throw new StackException("expected " + expected + " rows stored, the summary says " + summary);
        }
        return took;
    }

    /** indicator-service's own URL, for its /q/metrics: its port, or the gateway's + 1 as ./planmon up assigns it. */
    private String indicatorServiceUrl() {
        String port = System.getenv("PLANMON_INDICATOR_SERVICE_PORT");
        if (port == null || port.isBlank()) {
            int gateway = Integer.parseInt(target.gatewayUrl().replaceAll(".*:", ""));
            port = Integer.toString(gateway + 1);
        }
        return "http://localhost:" + port;
    }
}
