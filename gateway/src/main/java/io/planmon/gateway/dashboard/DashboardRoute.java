package io.planmon.gateway.dashboard;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.planmon.web.observability.RequestIdFilter;
import io.planmon.web.problem.Problem;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code GET /api/v1/dashboard/summary}, answered by the gateway itself from its {@link SummaryCache}, with an
 * {@code ETag} and a {@code 304} for a caller that already holds the current summary. Authentication, the rate limit
 * and the role policy ({@code application.properties}) apply to it as to every API path, since they are filters on
 * {@code /api/v1}.
 */
@ApplicationScoped
public class DashboardRoute {
    public static final String PATH = "/api/v1/dashboard/summary";
    /** May be kept by the caller's own browser, which must ask again each time: the ETag makes asking cheap. */
    public static final String CACHE_CONTROL = "private, no-cache";

    private final SummaryCache cache;

    DashboardRoute(SummaryCache cache) {
        this.cache = cache;
    }

    void register(@Observes Router router) {
        router.route(PATH).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.GET) {
            ctx.response().putHeader(HttpHeaderNames.ALLOW, "GET");
            Problem.of(
                            405,
                            "method-not-allowed",
                            "Method not allowed",
                            "the dashboard summary is read with GET",
                            ctx.request().path())
                    .sendTo(ctx.response());
            return;
        }
        CallerHeaders caller = new CallerHeaders(
                ctx.request().getHeader(HttpHeaders.AUTHORIZATION),
                ctx.request().getHeader(RequestIdFilter.HEADER));
        Context own = Vertx.currentContext();
        cache.get(SummaryScope.of(ctx), caller).onComplete(done -> {
            // A read that joined another caller's round is completed on that caller's event loop: answer on our own.
            if (own == null || Vertx.currentContext() == own) {
                answer(ctx, done);
            } else {
                own.runOnContext(v -> answer(ctx, done));
            }
        });
    }

    private static void answer(RoutingContext ctx, AsyncResult<ComposedSummary> done) {
        if (done.failed()) {
            ctx.fail(done.cause());
            return;
        }
        HttpServerResponse response = ctx.response();
        if (response.closed()) {
            return;
        }
        ComposedSummary summary = done.result();
        response.putHeader(HttpHeaders.ETAG, summary.etag()).putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (ETags.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), summary.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(summary.body());
        }
    }
}
