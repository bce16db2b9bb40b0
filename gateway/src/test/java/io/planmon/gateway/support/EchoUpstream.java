package io.planmon.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stand-in for one planmon service: serves its OpenAPI document and its collection ({@link ServiceData}), reads for
 * the gateway's read cache ({@link VersionedReads}), and answers
 * every other request with what it received (method, path, query, the headers the gateway must
 * forward, and the body's length and SHA-256, digested as it streams in), after an optional delay and with an optional
 * extra response header; {@code .../stream} answers with a slow event stream.
 */
final class EchoUpstream {
    static final String DELAY_HEADER = "X-Echo-Delay-Ms";
    static final String RESPONSE_HEADER = "X-Echo-Response-Header";

    private final String name;
    private final ServiceData data;
    private final VersionedReads versioned = new VersionedReads();
    private HttpServer server;

    /** An instance of the route's service, answering with the route's data and its own name in every echo. */
    EchoUpstream(String route, String name) {
        this.name = name;
        this.data = new ServiceData(route);
    }

    int start(Vertx vertx) throws Exception {
        server = vertx.createHttpServer().requestHandler(this::handle);
        return server.listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get()
                .actualPort();
    }

    private void handle(HttpServerRequest request) {
        if (data.serves(request)) {
            data.serve(request);
            return;
        }
        if (versioned.serves(request)) {
            versioned.serve(request);
            return;
        }
        if (request.path().endsWith("/stream")) {
            stream(request, 0);
            return;
        }
        MessageDigest digest = sha256();
        long[] length = {0};
        request.handler(chunk -> {
            digest.update(chunk.getBytes());
            length[0] += chunk.length();
        });
        request.endHandler(v -> {
            JsonObject echo = new JsonObject()
                    .put("upstream", name)
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("contentType", request.getHeader("Content-Type"))
                    .put("bodyLength", length[0])
                    .put("bodySha256", HexFormat.of().formatHex(digest.digest()));
            long delay =
                    Long.parseLong(request.getHeader(DELAY_HEADER) == null ? "0" : request.getHeader(DELAY_HEADER));
            Runnable answer = () -> {
                // A header that the test asks this service to answer with, as "Name: value".
                String extra = request.getHeader(RESPONSE_HEADER);
                if (extra != null) {
                    String[] header = extra.split(":", 2);
                    request.response().putHeader(header[0].trim(), header[1].trim());
                }
                request.response()
                        // Like the real services, which echo the id; the gateway must still return exactly one.
                        .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                        .putHeader("Content-Type", "application/json")
                        .end(echo.toBuffer());
            };
            if (delay > 0) {
                request.response().exceptionHandler(ignored -> {});
                Vertx.currentContext().owner().setTimer(delay, id -> {
                    if (!request.response().closed()) {
                        answer.run();
                    }
                });
            } else {
                answer.run();
            }
        });
    }

    /** Three events 600 ms apart: the whole stream outlasts the test timeout of the route, its first byte does not. */
    private void stream(HttpServerRequest request, int sent) {
        if (sent == 0) {
            request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
            request.response().write(": open\n\n");
        }
        if (sent == 3) {
            request.response().end();
            return;
        }
        Vertx.currentContext().owner().setTimer(600, id -> {
            request.response().write("data: event-" + (sent + 1) + "\n\n");
            stream(request, sent + 1);
        });
    }

    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
