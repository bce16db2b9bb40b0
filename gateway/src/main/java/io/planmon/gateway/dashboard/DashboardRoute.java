package io.planmon.gateway.dashboard;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.planmon.gateway.observability.RequestIdFilter;
import io.planmon.gateway.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code GET /api/v1/dashboard/summary}, answered by the gateway itself. Authentication, the rate limit and the role
 * policy ({@code application.properties}) apply to it as to every API path, since they are filters on {@code /api/v1}.
 */
@ApplicationScoped
public class DashboardRoute {
    public static final String PATH = "/api/v1/dashboard/summary";

    private final DashboardSummary summary;

    DashboardRoute(DashboardSummary summary) {
        this.summary = summary;
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
        summary.summarise(caller)
                .onComplete(
                        json -> {
                            if (!ctx.response().closed()) {
                                ctx.response()
                                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                                        .end(json.toBuffer());
                            }
                        },
                        ctx::fail);
    }
}
