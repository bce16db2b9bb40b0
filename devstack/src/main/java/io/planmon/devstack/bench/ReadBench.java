package io.planmon.devstack.bench;

import io.planmon.devstack.bench.DashboardReads.Answer;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./planmon bench read}: the dashboard's reads through the gateway with a real monitor token (the summary, the
 * catalogue, one indicator, the first page of alerts), each without and with {@code If-None-Match}, side by side with
 * a {@link StaticServer} answering the very same bytes, under the same {@link ClosedLoopLoad} in the same run. The reads
 * are {@link DashboardReads}; the gateway's CPU per answer comes from {@link GatewayCpu}.
 */
public final class ReadBench {
    static final int THREADS = 2;
    static final int CONNECTIONS = 50;
    static final Duration WARM_UP = Duration.ofSeconds(3);
    /** A gateway just started on a busy 2-CPU box had not compiled its paths after 3 s per read (session 7). */
    static final Duration FIRST_WARM_UP = Duration.ofSeconds(10);

    static final Duration MEASURED = Duration.ofSeconds(15);

    private final BenchTarget target;
    private final PrintStream out;
    private final Duration measured;
    private final HttpClient http = HttpClient.newHttpClient();
    private final GatewayCpu gatewayCpu;

    /** {@code PLANMON_BENCH_SECONDS} shortens (or lengthens) each case, e.g. for a quick look; 15 s otherwise. */
    public ReadBench(BenchTarget target, PrintStream out) {
        this(target, out, measuredFrom(System.getenv("PLANMON_BENCH_SECONDS")));
    }

    private static Duration measuredFrom(String seconds) {
        return seconds == null || seconds.isBlank() ? MEASURED : Duration.ofSeconds(Integer.parseInt(seconds.strip()));
    }

    ReadBench(BenchTarget target, PrintStream out, Duration measured) {
        this.target = target;
        this.out = out;
        this.measured = measured;
        this.gatewayCpu = new GatewayCpu(http, target.gatewayUrl());
    }

    public int run() throws Exception {
        Tokens tokens = new Tokens(target);
        out.println("read benchmark: " + Machine.describe());
        out.printf(
                "load: %d event-loop threads, %d connections, %d s per case after %d s warm-up, closed loop;"
                        + " gateway %s with a real monitor token%n",
                THREADS, CONNECTIONS, measured.toSeconds(), WARM_UP.toSeconds(), target.gatewayUrl());
        List<Answer> answers = DashboardReads.fetchOnce(http, target.gatewayUrl(), tokens.user("monitor"));
        Path directory = Files.createTempDirectory("planmon-read-bench");
        List<ReadRow> rows = new ArrayList<>();
        try (StaticServer statics = new StaticServer(THREADS);
                ClosedLoopLoad load = new ClosedLoopLoad(THREADS, CONNECTIONS)) {
            for (Answer answer : answers) {
                Path file = directory.resolve(answer.read().name() + ".json");
                Files.write(file, answer.body());
                statics.serve("/" + answer.read().name(), file, answer.etag());
            }
            int staticPort = statics.start(THREADS);
            out.println("static server: http://127.0.0.1:" + staticPort + " (the same bytes, from files)");
            warmUp(load, tokens, answers);
            out.println();
            out.println(ReadRow.HEADER);
            for (Answer answer : answers) {
                for (boolean conditional : List.of(false, true)) {
                    if (conditional && answer.etag() == null) {
                        out.println(answer.read().name() + ": no ETag from the gateway, so no conditional case");
                        continue;
                    }
                    ReadRow row = measure(load, tokens, answer, conditional, staticPort);
                    rows.add(row);
                    out.println(row.format());
                }
            }
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
        out.println();
        out.println("after the run: " + Machine.load());
        return Targets.report(rows, answers, out) ? 0 : 1;
    }

    /**
     * Every gateway read once for {@link #FIRST_WARM_UP} before any is measured, so that the JIT has compiled the paths they
     * share (the gateway has just started) rather than the first case paying for it.
     */
    private void warmUp(ClosedLoopLoad load, Tokens tokens, List<Answer> answers) throws InterruptedException {
        out.println("warming the gateway up: every read for " + FIRST_WARM_UP.toSeconds() + " s");
        Map<String, String> headers = Map.of("Authorization", "Bearer " + tokens.user("monitor"));
        for (Answer answer : answers) {
            load.run(URI.create(target.gatewayUrl() + answer.read().path()), headers, Duration.ZERO, FIRST_WARM_UP);
        }
    }

    private ReadRow measure(ClosedLoopLoad load, Tokens tokens, Answer answer, boolean conditional, int staticPort)
            throws InterruptedException {
        Map<String, String> headers = new HashMap<>();
        if (conditional) {
            headers.put("If-None-Match", answer.etag());
        }
        Map<String, String> withToken = new HashMap<>(headers);
        // A fresh token for every case: the realm's live 5 minutes, the whole run longer.
        withToken.put("Authorization", "Bearer " + tokens.user("monitor"));
        long cpuBefore = gatewayCpu.nanos();
        LoadResult planmon =
                load.run(URI.create(target.gatewayUrl() + answer.read().path()), withToken, WARM_UP, measured);
        double cpuMicros = (gatewayCpu.nanos() - cpuBefore) / 1_000.0 / Math.max(1, planmon.allAnswers());
        LoadResult ceiling = load.run(
                URI.create(
                        "http://127.0.0.1:" + staticPort + "/" + answer.read().name()),
                headers,
                WARM_UP,
                measured);
        return new ReadRow(answer, conditional, planmon, ceiling, cpuMicros);
    }
}
