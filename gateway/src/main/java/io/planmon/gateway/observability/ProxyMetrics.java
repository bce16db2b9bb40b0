package io.planmon.gateway.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts proxied requests per route and final status, the gateway's own 502s and 504s included. */
@ApplicationScoped
public class ProxyMetrics {
    static final String NAME = "planmon.gateway.proxied.requests";

    private final MeterRegistry registry;

    ProxyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts the request once its response has ended, whoever wrote that response. */
    public void countWhenDone(RoutingContext ctx, String route) {
        ctx.addEndHandler(done -> Counter.builder(NAME)
                .description("Requests the gateway forwarded, by upstream route and response status")
                .tag("route", route)
                .tag("status", Integer.toString(ctx.response().getStatusCode()))
                .register(registry)
                .increment());
    }
}
