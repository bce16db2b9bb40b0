package io.planmon.gateway.problem;

import io.planmon.web.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a real (not preflight) browser call that Quarkus's CORS filter would refuse with an empty 403 — from an origin
 * not in {@code quarkus.http.cors.origins}, or from a configured origin with a method not in
 * {@code quarkus.http.cors.methods} — with a 403 problem naming the origin or method. Preflights are left to the filter.
 */
@ApplicationScoped
public class CorsRefusal {

    // Just ahead of the CORS filter, which ends a refused call with an empty body that nothing after it can replace.
    static final int PRIORITY = SecurityHandlerPriorities.CORS + 1;

    private final boolean enabled;
    private final CorsPolicy policy;

    CorsRefusal(
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
        this.enabled = enabled;
        this.policy = CorsPolicy.of(origins, methods);
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::handle, PRIORITY);
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || isPreflight(request)) {
            ctx.next();
            return;
        }
        boolean listed = policy.lists(origin);
        if (!listed && !maybeSameOrigin(request, origin)) {
            String shown = origin.length() > 200 ? origin.substring(0, 200) + "…" : origin;
            Problem.of(
                            403,
                            "cors-origin-refused",
                            "Origin not allowed",
                            "calls from origin " + shown + " are not allowed",
                            request.path())
                    .sendTo(ctx.response());
        } else if (listed && !policy.allows(request.method())) {
            // The origin is allowed, so, as the filter does, it may read the answer: the dashboard learns why.
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            Problem.of(
                            403,
                            "cors-method-refused",
                            "Method not allowed for cross-origin calls",
                            request.method().name() + " is not among the methods allowed from " + origin,
                            request.path())
                    .sendTo(ctx.response());
        } else {
            ctx.next();
        }
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS
                && (request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                        || request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS) != null);
    }

    /**
     * Whether the filter might take the origin for the gateway's own, in which case the filter decides. Never stricter
     * than the filter's check (which requires the request's scheme, then the same host and port), so this class refuses
     * no call that the filter would let through.
     */
    private static boolean maybeSameOrigin(HttpServerRequest request, String origin) {
        HostAndPort authority = request.authority();
        if (authority == null || request.scheme() == null) {
            return true;
        }
        if (!origin.startsWith(request.scheme())) {
            return false;
        }
        try {
            String host = URI.create(origin).getHost();
            return host == null || host.equalsIgnoreCase(authority.host());
        } catch (IllegalArgumentException unparseable) {
            return true;
        }
    }
}
