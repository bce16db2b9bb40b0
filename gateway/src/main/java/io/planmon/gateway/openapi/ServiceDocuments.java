package io.planmon.gateway.openapi;

import io.planmon.gateway.config.OpenApiConfig;
import io.planmon.gateway.routing.Upstream;
import io.planmon.gateway.routing.UpstreamInstances;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Fetches a service's own OpenAPI document ({@code /q/openapi?format=json}, open without a token). */
@ApplicationScoped
public class ServiceDocuments {

    private final UpstreamInstances instances;
    private final long timeoutMillis;
    private final WebClient client;

    ServiceDocuments(Vertx vertx, UpstreamInstances instances, OpenApiConfig config) {
        this.instances = instances;
        this.timeoutMillis = config.fetchTimeout().toMillis();
        this.client = WebClient.create(
                vertx, new WebClientOptions().setName("gateway-openapi").setConnectTimeout((int) timeoutMillis));
    }

    /** The document, or a failed future saying why there is none. */
    public Future<JsonObject> fetch(Upstream upstream) {
        // Every instance serves the same document: any one will do.
        String base = instances.next(upstream).toString();
        return client.getAbs((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/q/openapi")
                .addQueryParam("format", "json")
                .putHeader("Accept", "application/json")
                .timeout(timeoutMillis)
                .send()
                .compose(response -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture("answered " + response.statusCode());
                    }
                    if (response.body() != null
                            && Json.decodeValue(response.body()) instanceof JsonObject document
                            && document.getValue("openapi") instanceof String) {
                        return Future.succeededFuture(document);
                    }
                    return Future.failedFuture("answered with something other than an OpenAPI document");
                });
    }

    void close(@Observes ShutdownEvent stopping) {
        client.close();
    }
}
