package io.planmon.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real webhook that reads each request and then holds it unanswered until {@link #release()}, so that a test can
 * look at the service while a delivery is in flight; released requests are answered 200, or the status it was made with.
 */
public final class HoldingWebhook implements AutoCloseable {
    private final HttpServer server;
    // Held handlers block their threads; a pool keeps the server accepting.
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final int status;

    public HoldingWebhook() throws IOException {
        this(200);
    }

    /** Answers every released request with {@code status} (a 500: the attempt under way fails). */
    public HoldingWebhook(int status) throws IOException {
        this.status = status;
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(threads);
        server.createContext("/hook", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        held.incrementAndGet();
        arrived.countDown();
        try {
            release.await();
            exchange.sendResponseHeaders(status, -1);
            answered.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
            exchange.close();
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    /** Waits until a request is being held. */
    public void awaitHeld(Duration patience) throws InterruptedException {
        if (!arrived.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the webhook received no request within " + patience);
        }
    }

    /** Requests read and not answered yet. */
    public int held() {
        return held.get();
    }

    public int answered() {
        return answered.get();
    }

    /** Answers the held requests, and every later one at once. */
    public void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(1);
        threads.shutdownNow();
    }
}
