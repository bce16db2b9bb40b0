package io.planmon.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * What a stand-in serves where the gateway itself reads a service: its OpenAPI document at {@code /q/openapi}, its
 * collection (synthetic data in {@code stand-ins/}) at {@code /api/v1/indicators}, {@code /tasks} or {@code /alerts},
 * and the collection's counts at {@code .../summary} with an {@code ETag} and {@code 304} for {@code If-None-Match}.
 * Like the real services, it wants a token and scopes alerts to a reporter's department. A test picks a misbehaviour
 * through the request id the gateway forwards: {@code slow-<route>}, {@code refuse-<route>}, {@code fail-<route>} or
 * {@code garble-<route>} anywhere in it. For the tests, a {@code POST} to {@code .../summary} stands for a change of the
 * data behind it (a new ETag) and {@code GET .../summary/requests} tells how often the summary was asked for.
 */
final class ServiceData {
    /** Longer than the dashboard timeout of the tests. */
    static final long SLOW_MILLIS = 5_000;

    private static final Map<String, String> COLLECTIONS =
            Map.of("indicators", "/api/v1/indicators", "tasks", "/api/v1/tasks", "notifications", "/api/v1/alerts");

    private final String route;
    private final String collection;
    private final JsonArray items;
    private final Buffer openApi;
    private final String summary;
    private final AtomicInteger version = new AtomicInteger();
    private final AtomicInteger summaryRequests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();

    ServiceData(String route) {
        this.route = route;
        this.collection = COLLECTIONS.get(route);
        this.items = new JsonArray(resource(collection.substring(collection.lastIndexOf('/') + 1) + ".json"));
        this.openApi = resource(route + "-openapi.json");
        this.summary = collection + "/summary";
    }

    boolean serves(HttpServerRequest request) {
        String path = request.path();
        return request.method() == HttpMethod.GET
                        && (path.equals("/q/openapi") || path.equals(collection) || path.startsWith(summary))
                || request.method() == HttpMethod.POST && path.equals(summary);
    }

    void serve(HttpServerRequest request) {
        if (request.path().equals("/q/openapi")) {
            json(request, 200, openApi);
            return;
        }
        if (request.method() == HttpMethod.POST) {
            version.incrementAndGet();
            request.response().setStatusCode(204).end();
            return;
        }
        if (request.path().equals(summary + "/requests")) {
            JsonObject counted =
                    new JsonObject().put("requests", summaryRequests.get()).put("notModified", notModified.get());
            json(request, 200, counted.toBuffer());
            return;
        }
        if (request.path().equals(summary)) {
            summaryRequests.incrementAndGet();
        }
        String scenario = String.valueOf(request.getHeader("X-Request-Id"));
        if (scenario.contains("slow-" + route)) {
            request.response().exceptionHandler(ignored -> {});
            Vertx.currentContext().owner().setTimer(SLOW_MILLIS, id -> {
                if (!request.response().closed()) {
                    json(request, 200, items.toBuffer());
                }
            });
        } else if (scenario.contains("refuse-" + route)) {
            json(request, 403, problem(403, "Forbidden", "a reporter of STATS sees only its own department's alerts"));
        } else if (scenario.contains("fail-" + route)) {
            json(request, 500, problem(500, "Internal Server Error", "synthetic failure"));
        } else if (scenario.contains("garble-" + route)) {
            json(request, 200, new JsonArray().add("not a summary").toBuffer());
        } else if (request.getHeader("Authorization") == null) {
            json(request, 401, problem(401, "Unauthorized", "a bearer token is required"));
        } else if (request.path().equals(summary)) {
            counts(request);
        } else {
            json(request, 200, visible(request).toBuffer());
        }
    }

    private void counts(HttpServerRequest request) {
        Buffer body = StandInSummaries.of(route, items, visibleTo(request)).toBuffer();
        String etag = '"' + route + "-" + Integer.toHexString(body.hashCode()) + "-v" + version.get() + '"';
        request.response().putHeader("ETag", etag).putHeader("Cache-Control", "private, no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            notModified.incrementAndGet();
            request.response().setStatusCode(304).end();
        } else {
            json(request, 200, body);
        }
    }

    private static Predicate<JsonObject> visibleTo(HttpServerRequest request) {
        JsonObject claims = claims(request.getHeader("Authorization"));
        JsonArray groups = claims.getJsonArray("groups", new JsonArray());
        boolean seesAll = groups.contains("monitor") || groups.contains("plan-admin") || groups.contains("viewer");
        String department = claims.getString("department");
        return item -> seesAll || department != null && department.equals(item.getString("department"));
    }

    /** The items the caller may see and asked for, as the real services filter them. */
    private JsonArray visible(HttpServerRequest request) {
        if (!route.equals("notifications")) {
            return items;
        }
        Predicate<JsonObject> scoped = visibleTo(request);
        String state = request.getParam("state");
        int limit = Integer.parseInt(request.getParam("limit", "200"));
        JsonArray visible = new JsonArray();
        items.stream()
                .map(JsonObject.class::cast)
                .filter(scoped)
                .filter(alert -> state == null || alert.getString("state").equals(state))
                .limit(limit)
                .forEach(visible::add);
        return visible;
    }

    private static JsonObject claims(String authorization) {
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(parts[1])));
    }

    private static Buffer problem(int status, String title, String detail) {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .toBuffer();
    }

    private static void json(HttpServerRequest request, int status, Buffer body) {
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .end(body);
    }

    private static Buffer resource(String name) {
        try (InputStream in = ServiceData.class.getResourceAsStream("/stand-ins/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource stand-ins/" + name);
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
