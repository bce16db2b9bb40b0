package io.planmon.gateway.openapi;

import io.planmon.gateway.config.OpenApiConfig;
import io.planmon.gateway.routing.Upstream;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The merged OpenAPI document, rebuilt after every round of asking the services: every {@code retry-interval} while a
 * service has not given its document yet (a service that starts after the gateway appears within that time), every
 * {@code refresh-interval} once all have. A service that fails later keeps its last document: its API did not change
 * because it is restarting.
 */
@ApplicationScoped
public class MergedDocument {
    private static final Logger LOG = Logger.getLogger(MergedDocument.class);

    private final Vertx vertx;
    private final ServiceDocuments services;
    private final OpenApiConfig config;
    private final JsonObject gateway;
    private final Map<Upstream, JsonObject> documents = new ConcurrentHashMap<>();
    private final Promise<Void> firstRound = Promise.promise();
    private volatile Rendered current;
    private volatile boolean stopped;
    private volatile long timer = -1;

    MergedDocument(Vertx vertx, ServiceDocuments services, OpenApiConfig config) {
        this.vertx = vertx;
        this.services = services;
        this.config = config;
        this.gateway = GatewayDocument.load();
        this.current = Rendered.of(OpenApiMerger.merge(gateway, Map.of(), config.serverUrl()));
    }

    void start(@Observes StartupEvent started) {
        refresh();
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        vertx.cancelTimer(timer);
    }

    /** The document as it stands, once the first round of asking is over (at most the fetch timeout after startup). */
    public Future<Rendered> document() {
        return firstRound.future().map(done -> current);
    }

    /** Asks every service once, rebuilds the document, and plans the next round. */
    Future<Void> refresh() {
        List<Future<JsonObject>> fetches = new ArrayList<>();
        for (Upstream upstream : Upstream.values()) {
            fetches.add(services.fetch(upstream)
                    .onSuccess(document -> documents.put(upstream, document))
                    .onFailure(why -> LOG.debugf("no OpenAPI document from %s: %s", upstream.service(), why)));
        }
        return Future.join(fetches).transform(done -> {
            Map<Upstream, JsonObject> fetched = new EnumMap<>(Upstream.class);
            fetched.putAll(documents);
            try {
                current = Rendered.of(OpenApiMerger.merge(gateway, fetched, config.serverUrl()));
            } catch (RuntimeException e) {
                // A document the merge cannot handle must not end the refreshing: the last good one stays.
                LOG.error("could not merge the OpenAPI documents; serving the previous one", e);
            }
            boolean complete = fetched.size() == Upstream.values().length;
            if (!complete) {
                LOG.infof(
                        "merged OpenAPI document lacks %d of %d services; asking again in %s",
                        Upstream.values().length - fetched.size(), Upstream.values().length, config.retryInterval());
            }
            firstRound.tryComplete();
            if (!stopped) {
                long delay = (complete ? config.refreshInterval() : config.retryInterval()).toMillis();
                timer = vertx.setTimer(Math.max(1, delay), id -> refresh());
            }
            return Future.<Void>succeededFuture();
        });
    }
}
