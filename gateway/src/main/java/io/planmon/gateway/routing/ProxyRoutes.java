package io.planmon.gateway.routing;

import io.planmon.gateway.config.RoutesConfig;
import io.planmon.gateway.observability.ProxyMetrics;
import io.planmon.gateway.problem.Problem;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Puts one reverse proxy per upstream service on the Quarkus router, and a 404 problem behind them. */
@ApplicationScoped
public class ProxyRoutes {

    private final Vertx vertx;
    private final RoutesConfig config;
    private final ProxyMetrics metrics;

    ProxyRoutes(Vertx vertx, RoutesConfig config, ProxyMetrics metrics) {
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
    }

    void register(@Observes Router router) {
        for (Upstream upstream : Upstream.values()) {
            HttpProxy proxy = proxyTo(upstream);
            // The router matches the normalised path; the proxy forwards the path as the client sent it, which the
            // upstream (Vert.x too) normalises the same way, so both agree on the resource.
            router.routeWithRegex(upstream.pathRegex()).handler(ctx -> {
                metrics.countWhenDone(ctx, upstream.key());
                proxy.handle(ctx.request());
            });
        }
        // Last of all routes, so it only sees API paths that neither an upstream nor the gateway itself (the dashboard)
        // owns, whichever order the routes were registered in.
        router.route("/api/v1/*").last().handler(ctx -> Problem.of(
                        404,
                        "not-found",
                        "Not found",
                        "no API resource at " + ctx.normalizedPath(),
                        ctx.request().path())
                .sendTo(ctx.response()));
    }

    private HttpProxy proxyTo(Upstream upstream) {
        RoutesConfig.Route route = upstream.settings(config);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setName("gateway-" + upstream.key())
                .setConnectTimeout((int) route.timeout().toMillis())
                .setMaxPoolSize(route.maxConnections()));
        // Bodies stream through in both directions: the proxy pipes them, it never collects a whole body.
        return HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(new OriginRequests(vertx, route.url(), route.timeout()))
                .addInterceptor(new UpstreamFailureInterceptor(upstream, route.timeout()));
    }
}
