package io.planmon.gateway.ratelimit;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.planmon.gateway.config.RateLimitConfig;
import io.planmon.gateway.security.AuthenticationGate;
import io.planmon.web.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Holds every department system and every person to their token bucket ({@link Caller}) on {@code /api/v1}: each answer carries {@code RateLimit-*} headers, and a
 * call that finds the bucket empty gets a 429 problem with {@code Retry-After} instead of reaching a service.
 */
@ApplicationScoped
public class RateLimitFilter {
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    // After the authentication gate, so only authenticated callers, who have a client id, get here; before the role
    // policies, so a client that keeps calling paths it may not use is held to its limit too.
    static final int PRIORITY = SecurityHandlerPriorities.AUTHORIZATION + 1;

    private final RateLimitConfig config;
    private final ClientBuckets buckets;
    private final RateLimitMetrics metrics;

    RateLimitFilter(RateLimitConfig config, ClientBuckets buckets, RateLimitMetrics metrics) {
        this.config = config;
        this.buckets = buckets;
        this.metrics = metrics;
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::handle, PRIORITY);
        }
    }

    void handle(RoutingContext ctx) {
        if (!AuthenticationGate.isApi(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        Caller caller = Caller.of(ctx);
        Decision decision = buckets.take(caller.client(), caller.subject());
        // Set when the head is written, so that they replace any a service sent and also reach the 403 of a policy.
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set(LIMIT, Integer.toString(decision.limit()));
            headers.set(REMAINING, Long.toString(decision.remaining()));
            headers.set(RESET, Long.toString(decision.resetSeconds()));
        });
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        // Tagged by client, never by person: the number of series stays that of the realm's clients.
        metrics.countRefused(caller.client());
        ctx.response().putHeader(HttpHeaderNames.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        Problem.of(
                        429,
                        "rate-limited",
                        "Too many requests",
                        caller.describe() + " has used up " + decision.limit() + " calls; retry in "
                                + decision.retryAfterSeconds() + " s",
                        ctx.request().path())
                .sendTo(ctx.response());
    }
}
