package io.planmon.gateway.routing;

import io.planmon.gateway.config.ProxyCacheConfig;
import io.planmon.gateway.dashboard.SummaryScope;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.regex.Pattern;

/**
 * Answers the configured GET reads from the {@link ReadCache} where it can, ahead of the proxy routes: a fresh answer
 * at once ({@code 304} to its ETag), else after the round that asks the service. What it does not answer goes on to the
 * proxy. Authentication, the rate limit and the role policies have run before (they are filters), and the request id,
 * security and CORS headers are put on every answer when its head is written, whoever writes it.
 */
@ApplicationScoped
public class ReadCacheRoute {

    private final ReadCache cache;
    private final ReadCacheInterceptor proxying;
    private final ProxyCacheConfig config;
    private final Pattern paths;

    ReadCacheRoute(ReadCache cache, ReadCacheInterceptor proxying, ProxyCacheConfig config) {
        this.cache = cache;
        this.proxying = proxying;
        this.config = config;
        this.paths = Pattern.compile(String.join(
                "|", config.paths().stream().map(path -> "(?:" + path + ")").toList()));
    }

    // Before the proxy routes (default observer priority), which match every path of their services.
    void register(@Observes @Priority(Interceptor.Priority.APPLICATION) Router router) {
        if (config.enabled()) {
            router.get("/api/v1/*").handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // A GET with a body is left to the service to judge.
        if (!paths.matcher(ctx.normalizedPath()).matches()
                || request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            ctx.next();
            return;
        }
        // The services scope these reads by role and department only, and answer JSON whatever else is asked for.
        String key = SummaryScope.of(ctx) + '\n' + request.getHeader(HttpHeaders.ACCEPT) + '\n' + request.uri();
        ReadCache.Turn turn = cache.begin(key);
        if (turn instanceof ReadCache.Fresh fresh) {
            fresh.read().answer(ctx.response(), request.getHeader(HttpHeaders.IF_NONE_MATCH));
        } else if (turn instanceof ReadCache.Joined joined) {
            Context own = Vertx.currentContext();
            joined.round().onComplete(done -> {
                // Completed on the leading read's event loop: answer on our own.
                if (own == null || Vertx.currentContext() == own) {
                    afterRound(ctx, done.result());
                } else {
                    own.runOnContext(v -> afterRound(ctx, done.result()));
                }
            });
        } else if (turn instanceof ReadCache.Leader leader) {
            proxying.lead(request, leader.round());
            // Whatever becomes of the request (refused by the proxy, the caller gone), its round ends with it.
            ctx.addEndHandler(v -> {
                proxying.forget(request);
                leader.round().notKept();
            });
            ctx.next();
        } else {
            ctx.next();
        }
    }

    private static void afterRound(RoutingContext ctx, CachedRead answer) {
        if (ctx.response().closed()) {
            return;
        }
        if (answer == null) {
            ctx.next();
        } else {
            answer.answer(ctx.response(), ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH));
        }
    }
}
