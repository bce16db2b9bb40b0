package io.planmon.devstack.bench;

import io.planmon.devstack.StackException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * a {@link StaticServer} answering the very same bytes, under the same {@link ClosedLoopLoad} in the same run.
 */
public final class ReadBench {
    static final int THREADS = 2;
    static final int CONNECTIONS = 50;
    static final Duration WARM_UP = Duration.ofSeconds(3);
    /** A gateway just started on a busy 2-CPU box had not compiled its paths after 3 s per read (session 7). */
    static final Duration FIRST_WARM_UP = Duration.ofSeconds(10);

    static final Duration MEASURED = Duration.ofSeconds(15);
    /** The list-size limit: no list answer above this by default. */
    static final int LIST_LIMIT_BYTES = 64 * 1024;

    private static final List<ReadCase> CASES = List.of(
            new ReadCase("summary", "/api/v1/dashboard/summary", false),
            new ReadCase("catalogue", "/api/v1/indicators", true),
            new ReadCase("indicator", "/api/v1/indicators/GDP_PER_CAPITA", false),
            new ReadCase("alerts", "/api/v1/alerts", true));

    private final BenchTarget target;
    private final PrintStream out;
    private final Duration measured;
    private final HttpClient http = HttpClient.newHttpClient();

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
    }

    /** A read the dashboard makes; a list must keep within {@link #LIST_LIMIT_BYTES}. */
    record ReadCase(String name, String path, boolean list) {}

    /** What the gateway answered once, the bytes the static server then serves. */
    record Answer(ReadCase read, byte[] body, String etag) {}

    public int run() throws Exception {
        Tokens tokens = new Tokens(target);
        out.println("read benchmark: " + Machine.describe());
        out.printf(
                "load: %d event-loop threads, %d connections, %d s per case after %d s warm-up, closed loop;"
                        + " gateway %s with a real monitor token%n",
                THREADS, CONNECTIONS, measured.toSeconds(), WARM_UP.toSeconds(), target.gatewayUrl());
        List<Answer> answers = fetchOnce(tokens.user("monitor"));
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
        long cpuBefore = gatewayCpuNanos();
        LoadResult planmon =
                load.run(URI.create(target.gatewayUrl() + answer.read().path()), withToken, WARM_UP, measured);
        double cpuMicros = (gatewayCpuNanos() - cpuBefore) / 1_000.0 / Math.max(1, planmon.allAnswers());
        LoadResult ceiling = load.run(
                URI.create(
                        "http://127.0.0.1:" + staticPort + "/" + answer.read().name()),
                headers,
                WARM_UP,
                measured);
        return new ReadRow(answer, conditional, planmon, ceiling, cpuMicros);
    }

    /** The gateway process's CPU time so far, from its own metrics (Micrometer's process binder). */
    private long gatewayCpuNanos() {
        try {
            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create(target.gatewayUrl() + "/q/metrics"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.body()
                    .lines()
                    .filter(line -> line.startsWith("process_cpu_time_ns_total "))
                    .map(line -> (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                    .findFirst()
                    .orElseThrow(() -> new StackException("the gateway's metrics have no process_cpu_time_ns_total"));
        } catch (IOException e) {
            throw new StackException("the gateway's metrics do not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while reading the gateway's metrics", e);
        }
    }

    private List<Answer> fetchOnce(String token) throws IOException, InterruptedException {
        List<Answer> answers = new ArrayList<>();
        for (ReadCase read : CASES) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(target.gatewayUrl() + read.path()))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new StackException("GET " + read.path() + " answered " + response.statusCode() + ": "
                        + new String(response.body()));
            }
            answers.add(new Answer(
                    read, response.body(), response.headers().firstValue("ETag").orElse(null)));
        }
        return answers;
    }
}
