package io.planmon.gateway.security;

import io.planmon.gateway.config.SecurityHeadersConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the browser-hardening headers on every response, whoever wrote it: a service behind the proxy, a problem detail
 * of the gateway, Quarkus itself or its CORS filter. API responses also get a strict content security policy and
 * {@code Cache-Control: no-store}, or {@code private, no-cache} for an answer with an {@code ETag}; the other paths do
 * not, since Swagger UI is a page that runs scripts.
 */
@ApplicationScoped
public class SecurityHeaders {

    // Ahead of the CORS filter (300), which answers preflights itself, and of everything else that may answer.
    private static final int PRIORITY = 900;

    static final String NO_STORE = "no-store";
    static final String REVALIDATE = "private, no-cache";

    private final Map<String, String> everywhere = new LinkedHashMap<>();
    private final Map<String, String> api = new LinkedHashMap<>();

    SecurityHeaders(SecurityHeadersConfig config) {
        everywhere.put("X-Content-Type-Options", "nosniff");
        everywhere.put("X-Frame-Options", "DENY");
        everywhere.put("Referrer-Policy", "no-referrer");
        config.strictTransportSecurity().ifPresent(value -> everywhere.put("Strict-Transport-Security", value));
        api.put("Content-Security-Policy", config.apiContentSecurityPolicy());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        boolean isApi = isApi(ctx.normalizedPath());
        // Set when the head is written, not now: the proxy adds a service's headers beside those already present,
        // which would leave two values where the service sent its own.
        ctx.addHeadersEndHandler(v -> {
            // One by one: MultiMap.setAll would first clear every header already set, Content-Length among them.
            MultiMap headers = ctx.response().headers();
            everywhere.forEach(headers::set);
            if (isApi) {
                api.forEach(headers::set);
                // Answers depend on who asks: no shared cache may keep them, and none at all unless it can check
                // cheaply, by its ETag, that the answer still holds.
                headers.set(HttpHeaders.CACHE_CONTROL, headers.contains(HttpHeaders.ETAG) ? REVALIDATE : NO_STORE);
            }
        });
        ctx.next();
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
