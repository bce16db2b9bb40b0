package io.planmon.devstack.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ceiling the read benchmark compares with: a plain Vert.x HTTP server on localhost, one instance per event loop,
 * answering each path with the bytes of its file (read once at start) and its ETag, and a 304 to that ETag: what any
 * static file server does, with no token check, no routing and no upstream.
 */
final class StaticServer implements AutoCloseable {

    private final Vertx vertx;
    private final Map<String, Entry> files = new ConcurrentHashMap<>();
    private int port;

    StaticServer(int eventLoops) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
    }

    /** Serves {@code file} at {@code path}, with {@code etag} (null for none). */
    void serve(String path, Path file, String etag) throws IOException {
        files.put(path, new Entry(Buffer.buffer(Files.readAllBytes(file)), etag));
    }

    /** Starts listening on a free port of 127.0.0.1 with one server per event loop; returns the port. */
    int start(int instances) throws IOException {
        // Vert.x shares a port among its servers when they ask for the same one: a fixed port, not 0.
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        vertx.deployVerticle(() -> new Listener(files, port), new DeploymentOptions().setInstances(instances))
                .toCompletionStage()
                .toCompletableFuture()
                .join();
        return port;
    }

    private record Entry(Buffer body, String etag) {}

    private static final class Listener extends AbstractVerticle {
        private final Map<String, Entry> files;
        private final int port;

        Listener(Map<String, Entry> files, int port) {
            this.files = files;
            this.port = port;
        }

        @Override
        public void start(io.vertx.core.Promise<Void> started) {
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1"));
            server.requestHandler(request -> {
                        Entry entry = files.get(request.path());
                        if (entry == null) {
                            request.response().setStatusCode(404).end();
                            return;
                        }
                        if (entry.etag() != null) {
                            request.response().putHeader("ETag", entry.etag());
                            if (entry.etag().equals(request.getHeader("If-None-Match"))) {
                                request.response().setStatusCode(304).end();
                                return;
                            }
                        }
                        request.response()
                                .putHeader("Content-Type", "application/json")
                                .end(entry.body());
                    })
                    .listen(port)
                    .<Void>mapEmpty()
                    .onComplete(started);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
