package io.planmon.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.gateway.config.RoutesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances of each upstream service ({@code planmon.routes.<route>.url}, one or more base URLs) taken in turn:
 * each request starts at the next instance (round robin), and the proxy falls over to the following ones when an
 * instance refuses the connection. In Kubernetes each route is one Service URL and the Service spreads the load.
 */
@ApplicationScoped
public class UpstreamInstances {
    private final Map<Upstream, List<URI>> instances = new EnumMap<>(Upstream.class);
    private final Map<Upstream, AtomicInteger> turns = new EnumMap<>(Upstream.class);
    private final MeterRegistry registry;

    UpstreamInstances(RoutesConfig routes, MeterRegistry registry) {
        this.registry = registry;
        for (Upstream upstream : Upstream.values()) {
            instances.put(upstream, List.copyOf(upstream.settings(routes).url()));
            turns.put(upstream, new AtomicInteger());
        }
    }

    /** The instance whose turn it is. */
    public URI next(Upstream upstream) {
        return inTurn(upstream).get(0);
    }

    /** Every instance, starting with the one whose turn it is: the order in which to try them. */
    public List<URI> inTurn(Upstream upstream) {
        List<URI> all = instances.get(upstream);
        int first = Math.floorMod(turns.get(upstream).getAndIncrement(), all.size());
        List<URI> order = new ArrayList<>(all.subList(first, all.size()));
        order.addAll(all.subList(0, first));
        return order;
    }

    /** Counts a request that an instance could not take and that went on to the next one. */
    void failedOver(Upstream upstream) {
        Counter.builder("planmon.gateway.upstream.failovers")
                .description("Requests that an upstream instance refused and the next instance took")
                .tag("route", upstream.key())
                .register(registry)
                .increment();
    }
}
