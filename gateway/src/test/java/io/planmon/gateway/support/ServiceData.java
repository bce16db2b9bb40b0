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

/**
 * What a stand-in serves where the gateway itself reads a service: its OpenAPI document at {@code /q/openapi} and its
 * collection (synthetic data in {@code stand-ins/}) at {@code /api/v1/indicators}, {@code /tasks} or {@code /alerts}.
 * Like the real services, the collection wants a token and scopes alerts to a reporter's department. A test picks a
 * misbehaviour through the request id the gateway forwards: {@code slow-<route>}, {@code refuse-<route>}, {@code
 * fail-<route>} or {@code garble-<route>} anywhere in it.
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

    ServiceData(String route) {
        this.route = route;
        this.collection = COLLECTIONS.get(route);
        this.items = new JsonArray(resource(collection.substring(collection.lastIndexOf('/') + 1) + ".json"));
        this.openApi = resource(route + "-openapi.json");
    }

    boolean serves(HttpServerRequest request) {
        return request.method() == HttpMethod.GET
                && (request.path().equals("/q/openapi") || request.path().equals(collection));
    }

    void serve(HttpServerRequest request) {
        if (request.path().equals("/q/openapi")) {
            json(request, 200, openApi);
            return;
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
            json(request, 200, new JsonObject().put("not", "an array").toBuffer());
        } else if (request.getHeader("Authorization") == null) {
            json(request, 401, problem(401, "Unauthorized", "a bearer token is required"));
        } else {
            json(request, 200, visible(request).toBuffer());
        }
    }

    /** The items the caller may see and asked for, as the real services filter them. */
    private JsonArray visible(HttpServerRequest request) {
        if (!route.equals("notifications")) {
            return items;
        }
        JsonObject claims = claims(request.getHeader("Authorization"));
        JsonArray groups = claims.getJsonArray("groups", new JsonArray());
        boolean seesAll = groups.contains("monitor") || groups.contains("plan-admin") || groups.contains("viewer");
        String department = claims.getString("department");
        String state = request.getParam("state");
        int limit = Integer.parseInt(request.getParam("limit", "200"));
        JsonArray visible = new JsonArray();
        items.stream()
                .map(JsonObject.class::cast)
                .filter(alert -> seesAll || alert.getString("department").equals(department))
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
