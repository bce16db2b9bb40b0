package io.planmon.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.devstack.StackException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The asynchronous import of a million-row CSV: written to a temporary file, streamed to
 * {@code POST /api/v1/observations?async=true}, followed at its Location until DONE; the service's heap is read before,
 * during (the highest reading) and after.
 */
final class AsyncCsvImport {
    static final int ROWS = 1_000_000;
    private static final int MONTHS = 1000;
    private static final int QUARTERS = 500;
    private static final long MAX_MILLIS = 15 * 60 * 1000L;

    private final BenchApi api;
    private final Supplier<ServiceHeap.Reading> heap;
    private final PrintStream out;

    AsyncCsvImport(BenchApi api, Supplier<ServiceHeap.Reading> heap, PrintStream out) {
        this.api = api;
        this.heap = heap;
        this.out = out;
    }

    record Result(
            double seconds,
            double uploadSeconds,
            JsonNode job,
            ServiceHeap.Reading before,
            ServiceHeap.Reading peak,
            ServiceHeap.Reading after,
            long bytes) {}

    /** @param tokens a fresh token each time: the job outlives an access token (five minutes in the local realm) */
    Result run(Supplier<String> tokens) throws IOException, InterruptedException {
        String token = tokens.get();
        Path csv = Files.createTempFile("planmon-bench-", ".csv");
        try {
            write(csv);
            ServiceHeap.Reading before = heap.get();
            ServiceHeap.Reading peak = before;
            long begin = System.nanoTime();
            BenchApi.Answer accepted = api.postCsvFile(token, "/api/v1/observations?async=true", csv);
            accepted.require(202, "the async import");
            double upload = (System.nanoTime() - begin) / 1e9;
            out.printf(
                    "  %d rows (%.1f MB) uploaded and spooled in %.1f s; following %s%n",
                    ROWS, Files.size(csv) / 1e6, upload, accepted.location());
            JsonNode job = accepted.body();
            long deadline = System.currentTimeMillis() + MAX_MILLIS;
            for (int poll = 1; !finished(job) && System.currentTimeMillis() < deadline; poll++) {
                Thread.sleep(2000);
                if (poll % 30 == 0) {
                    token = tokens.get();
                }
                job = api.get(token, accepted.location() + "?limit=5").require(200, "the import job");
                ServiceHeap.Reading now = heap.get();
                peak = now.usedMiB() > peak.usedMiB() ? now : peak;
                out.printf(
                        "  %s %d/%d rows, heap %s%n",
                        job.get("state").asText(), job.get("rowsDone").asInt(), ROWS, now);
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            if (!finished(job)) {
                throw new StackException("the import did not finish in " + MAX_MILLIS / 60000 + " minutes: " + job);
            }
            return new Result(seconds, upload, job, before, peak, heap.get(), Files.size(csv));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static boolean finished(JsonNode job) {
        String state = job.get("state").asText();
        return state.equals("DONE") || state.equals("FAILED");
    }

    /** Rounds over the bureau's 1000 months and 3 x 500 quarters, each round with new values, up to a million rows. */
    private static void write(Path csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("indicator,period,value,note\n");
            int written = 0;
            for (int round = 0; written < ROWS; round++) {
                for (int m = 0; m < MONTHS && written < ROWS; m++, written++) {
                    line(w, SyntheticRows.MONTHLY, SyntheticRows.month(m), SyntheticRows.value(m, round));
                }
                for (String indicator : SyntheticRows.QUARTERLY) {
                    for (int q = 0; q < QUARTERS && written < ROWS; q++, written++) {
                        line(w, indicator, SyntheticRows.quarter(q), SyntheticRows.value(q, round));
                    }
                }
            }
        }
    }

    private static void line(BufferedWriter w, String indicator, String period, String value) throws IOException {
        w.write(indicator);
        w.write(',');
        w.write(period);
        w.write(',');
        w.write(value);
        w.write("," + SyntheticRows.NOTE + "\n");
    }
}
