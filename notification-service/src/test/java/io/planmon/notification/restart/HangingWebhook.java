package io.planmon.notification.restart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real webhook whose first request is read and then never answered, so that the sender is caught mid-delivery;
 * every later request is answered 200 and recorded.
 */
final class HangingWebhook implements AutoCloseable {
    /** One request as received: the exact body bytes and the planmon headers. */
    record Call(byte[] body, String signature, String deliveryId, String change) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    // The hanging handler blocks its thread; a pool keeps the later requests answered.
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicBoolean hungOnce = new AtomicBoolean();
    private final CountDownLatch hanging = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Call hung;
    private final List<Call> answered = new CopyOnWriteArrayList<>();

    HangingWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(threads);
        server.createContext("/hook", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        Call call = new Call(
                exchange.getRequestBody().readAllBytes(),
                headers.getFirst("X-Planmon-Signature"),
                headers.getFirst("X-Planmon-Delivery"),
                headers.getFirst("X-Planmon-Change"));
        if (hungOnce.compareAndSet(false, true)) {
            hung = call;
            hanging.countDown();
            try {
                release.await(); // never answers while the test runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answered.add(call);
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    /** Waits until the first request has arrived and is being held; returns it. */
    Call awaitHanging(long seconds) throws InterruptedException {
        if (!hanging.await(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the webhook received no request within " + seconds + "s");
        }
        return hung;
    }

    List<Call> answered() {
        return List.copyOf(answered);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
