package io.planmon.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a service answers the way {@code ConditionalReads} does, for the gateway's read cache tests: {@code GET
 * /api/v1/indicators/versioned-<name>} answers the caller's department and roles and the name's version, with an
 * {@code ETag} of them and the query, {@code Link} and {@code X-Total-Count}, and a {@code 304} to that ETag. A {@code
 * PUT .../versioned-<name>/observations/<period>} (a push) makes a new version, {@code GET .../versioned-<name>/requests}
 * tells how often the read was asked for and how often answered 304. What the read answers otherwise is chosen by its
 * query: {@code size} pads the body to that many bytes, {@code delay} answers after so many ms, {@code status} answers
 * that status with a problem, {@code etag=none} without an ETag, {@code stream} as an event stream, {@code chunked}
 * without a declared length.
 */
final class VersionedReads {
    private static final String PREFIX = "/api/v1/indicators/versioned-";

    private final Map<String, Counts> names = new ConcurrentHashMap<>();

    private static final class Counts {
        final AtomicInteger version = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger notModified = new AtomicInteger();
    }

    boolean serves(HttpServerRequest request) {
        return request.path().startsWith(PREFIX);
    }

    void serve(HttpServerRequest request) {
        String[] segments = request.path().substring(PREFIX.length()).split("/");
        Counts counts = names.computeIfAbsent(segments[0], name -> new Counts());
        if (request.method() == HttpMethod.PUT) {
            counts.version.incrementAndGet();
            request.response().setStatusCode(204).end();
        } else if (segments.length > 1 && segments[1].equals("requests")) {
            json(
                    request,
                    new JsonObject()
                            .put("requests", counts.requests.get())
                            .put("notModified", counts.notModified.get())
                            .toBuffer());
        } else {
            counts.requests.incrementAndGet();
            long delay = Long.parseLong(request.getParam("delay", "0"));
            if (delay > 0) {
                Vertx.currentContext().owner().setTimer(delay, id -> read(request, segments[0], counts));
            } else {
                read(request, segments[0], counts);
            }
        }
    }

    private void read(HttpServerRequest request, String name, Counts counts) {
        String status = request.getParam("status");
        if (status != null) {
            request.response()
                    .setStatusCode(Integer.parseInt(status))
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject()
                            .put("status", Integer.parseInt(status))
                            .toBuffer());
            return;
        }
        JsonObject claims = claims(request.getHeader("Authorization"));
        JsonObject answer = new JsonObject()
                .put("name", name)
                .put("version", counts.version.get())
                .put("department", claims.getString("department"))
                .put("roles", claims.getJsonArray("groups", new JsonArray()))
                .put("requestId", request.getHeader("X-Request-Id"));
        int size = Integer.parseInt(request.getParam("size", "0"));
        answer.put("pad", "x".repeat(Math.max(0, size - answer.toBuffer().length() - 10)));
        String etag = '"'
                + name
                + '.'
                + counts.version.get()
                + '.'
                + Integer.toHexString((request.query() + '|' + answer.getString("department")).hashCode())
                + '"';
        if (!"none".equals(request.getParam("etag"))) {
            request.response().putHeader("ETag", etag);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                counts.notModified.incrementAndGet();
                request.response().setStatusCode(304).end();
                return;
            }
        }
        request.response()
                .putHeader("Cache-Control", "private, no-cache")
                .putHeader("X-Total-Count", "2")
                .putHeader("Link", "<" + request.path() + "?offset=1>; rel=\"next\"")
                .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")));
        if (request.getParam("stream") != null) {
            request.response().putHeader("Content-Type", "text/event-stream").end("data: " + answer.encode() + "\n\n");
        } else if (request.getParam("chunked") != null) {
            request.response().setChunked(true).putHeader("Content-Type", "application/json");
            request.response().end(answer.toBuffer());
        } else {
            json(request, answer.toBuffer());
        }
    }

    private static JsonObject claims(String authorization) {
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(parts[1])));
    }

    private static void json(HttpServerRequest request, Buffer body) {
        request.response().putHeader("Content-Type", "application/json").end(body);
    }
}
