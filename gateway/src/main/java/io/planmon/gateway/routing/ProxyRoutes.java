package io.planmon.gateway.routing;

import io.planmon.gateway.config.RoutesConfig;
import io.planmon.gateway.observability.ProxyMetrics;
import io.planmon.web.problem.Problem;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Puts one reverse proxy per upstream service on the Quarkus router. API paths that none of them (nor the gateway's
 * own dashboard route) serves get the 404 problem of {@link io.planmon.gateway.problem.FallbackProblems}.
 */
@ApplicationScoped
public class ProxyRoutes {

    private final Vertx vertx;
    private final RoutesConfig config;
    private final ProxyMetrics metrics;
    private final BodyLimit bodyLimit;
    private final ReadCacheInterceptor readCache;
    private final UpstreamInstances instances;

    ProxyRoutes(
            Vertx vertx,
            RoutesConfig config,
            ProxyMetrics metrics,
            BodyLimit bodyLimit,
            ReadCacheInterceptor readCache,
            UpstreamInstances instances) {
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        this.bodyLimit = bodyLimit;
        this.readCache = readCache;
        this.instances = instances;
    }

    void register(@Observes Router router) {
        for (Upstream upstream : Upstream.values()) {
            HttpProxy proxy = proxyTo(upstream);
            // The router matches the normalised path; the proxy forwards the path as the client sent it, which the
            // upstream (Vert.x too) normalises the same way, so both agree on the resource.
            router.routeWithRegex(upstream.pathRegex()).handler(ctx -> {
                metrics.countWhenDone(ctx, upstream.key());
                if (onlyChunked(ctx.request().headers().getAll(HttpHeaders.TRANSFER_ENCODING))) {
                    proxy.handle(ctx.request());
                } else {
                    refuseTransferEncoding(ctx);
                }
            });
        }
    }

    /**
     * The proxy forwards a body only in a framing it knows, with {@code Transfer-Encoding} absent or exactly
     * {@code chunked}, and ends any other request with an empty 400 of its own: the same test, so it never has to.
     */
    private static boolean onlyChunked(List<String> transferEncodings) {
        return transferEncodings.stream().allMatch("chunked"::equals);
    }

    private static void refuseTransferEncoding(RoutingContext ctx) {
        List<String> sent = ctx.request().headers().getAll(HttpHeaders.TRANSFER_ENCODING);
        // Where the body ends is in doubt, so the connection is closed rather than read on.
        Problem.of(
                        400,
                        "unsupported-transfer-encoding",
                        "Unsupported transfer encoding",
                        "Transfer-Encoding " + String.join(", ", sent)
                                + " is not supported: send a Content-Length or Transfer-Encoding: chunked",
                        ctx.request().path())
                .sendClosing(ctx.request());
    }

    private HttpProxy proxyTo(Upstream upstream) {
        RoutesConfig.Route route = upstream.settings(config);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setName("gateway-" + upstream.key())
                .setConnectTimeout((int) route.timeout().toMillis())
                .setMaxPoolSize(route.maxConnections()));
        // Bodies stream through in both directions: the proxy pipes them, it never collects a whole body.
        return HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(new OriginRequests(vertx, upstream, instances, route.timeout()))
                // Outermost first: the body limit turns its own cut-off into a 413, any other failure reaches the
                // 502/504.
                .addInterceptor(new UpstreamFailureInterceptor(upstream, route.timeout()))
                .addInterceptor(new StreamedBodyLimit(bodyLimit))
                .addInterceptor(new EventStreamPassthrough())
                // Innermost: it sees the service's own answer, and any 502/504 above, first.
                .addInterceptor(readCache);
    }
}
