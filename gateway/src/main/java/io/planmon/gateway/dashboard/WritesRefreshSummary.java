package io.planmon.gateway.dashboard;

import io.planmon.gateway.routing.ReadCache;
import io.planmon.gateway.security.AuthenticationGate;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes every cached summary and every cached read ({@link ReadCache}) stale when a write through the gateway succeeds,
 * before its answer leaves: whoever wrote sees the change in the next summary or read it makes on this instance, not
 * only after {@code revalidate-after}.
 */
@ApplicationScoped
public class WritesRefreshSummary {

    private final SummaryCache cache;
    private final ReadCache reads;

    WritesRefreshSummary(SummaryCache cache, ReadCache reads) {
        this.cache = cache;
        this.reads = reads;
    }

    void register(@Observes Filters filters) {
        // Any priority will do: it only watches the answer.
        filters.register(this::handle, 100);
    }

    void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET
                && method != HttpMethod.HEAD
                && method != HttpMethod.OPTIONS
                && AuthenticationGate.isApi(ctx.normalizedPath())) {
            // When the head is written the service has answered, so its change is committed; the caller has not yet
            // seen a byte of the answer and so cannot read before the summary is stale.
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() < 400) {
                    cache.invalidate();
                    reads.invalidate();
                }
            });
        }
        ctx.next();
    }
}
