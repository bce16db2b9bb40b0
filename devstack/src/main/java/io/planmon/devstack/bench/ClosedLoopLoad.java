package io.planmon.devstack.bench;

import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A load generator in the manner of wrk: a fixed number of keep-alive connections spread over a fixed number of event
 * loops, each sending its next request as soon as the last answer has been read (a closed loop), for a bounded time.
 * Latency runs from sending a request to the end of its answer's body; the warm-up is not recorded.
 */
final class ClosedLoopLoad implements AutoCloseable {
    private static final long MAX_LATENCY_MICROS = TimeUnit.SECONDS.toMicros(60);

    private final Vertx vertx;
    private final int threads;
    private final int connections;

    ClosedLoopLoad(int threads, int connections) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(threads));
        this.threads = threads;
        this.connections = connections;
    }

    /** GETs {@code url} with {@code headers} over every connection for {@code warmUp + measured}, then stops. */
    LoadResult run(URI url, Map<String, String> headers, Duration warmUp, Duration measured)
            throws InterruptedException {
        Recorder recorder = new Recorder(MAX_LATENCY_MICROS, 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong answers = new AtomicLong();
        AtomicLong allAnswers = new AtomicLong();
        long start = System.nanoTime();
        long recordFrom = start + warmUp.toNanos();
        long stopAt = recordFrom + measured.toNanos();
        CountDownLatch lanesDone = new CountDownLatch(connections);
        List<HttpClient> clients = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int lanes = connections / threads + (thread < connections % threads ? 1 : 0);
            // A context made outside Vert.x is bound to the next event loop in turn: one client per event loop.
            Context context = vertx.getOrCreateContext();
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setMaxPoolSize(lanes)
                    .setKeepAlive(true)
                    .setPipelining(false));
            clients.add(client);
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.GET)
                    .setHost(url.getHost())
                    .setPort(url.getPort())
                    .setURI(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()))
                    .setHeaders(MultiMap.caseInsensitiveMultiMap().addAll(headers));
            context.runOnContext(v -> {
                for (int lane = 0; lane < lanes; lane++) {
                    new Lane(client, options, recorder, statuses, answers, allAnswers, recordFrom, stopAt, lanesDone)
                            .next();
                }
            });
        }
        long waitMillis = TimeUnit.NANOSECONDS.toMillis(stopAt - System.nanoTime()) + 70_000;
        if (!lanesDone.await(waitMillis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the load generator's connections did not finish");
        }
        clients.forEach(HttpClient::close);
        Histogram latency = recorder.getIntervalHistogram();
        return new LoadResult(answers.get(), measured.toNanos() / 1e9, latency, Map.copyOf(statuses), allAnswers.get());
    }

    /** One connection's loop: request, wait for the whole answer, record, repeat until the deadline. */
    private record Lane(
            HttpClient client,
            RequestOptions options,
            Recorder recorder,
            Map<Integer, Long> statuses,
            AtomicLong answers,
            AtomicLong allAnswers,
            long recordFrom,
            long stopAt,
            CountDownLatch done) {

        void next() {
            long sent = System.nanoTime();
            if (sent - stopAt >= 0) {
                done.countDown();
                return;
            }
            client.request(options)
                    .compose(request -> request.send())
                    .compose(response -> response.body().map(body -> response.statusCode()))
                    .onComplete(answer -> {
                        long now = System.nanoTime();
                        allAnswers.incrementAndGet();
                        if (sent - recordFrom >= 0 && now - stopAt < 0) {
                            int status = answer.succeeded() ? answer.result() : -1;
                            statuses.merge(status, 1L, Long::sum);
                            answers.incrementAndGet();
                            recorder.recordValue(Math.min(MAX_LATENCY_MICROS, (now - sent) / 1_000));
                        }
                        next();
                    });
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
