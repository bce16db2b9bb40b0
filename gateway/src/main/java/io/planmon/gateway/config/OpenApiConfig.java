package io.planmon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway gathers the services' OpenAPI documents into one ({@code planmon.openapi.*}). */
@ConfigMapping(prefix = "planmon.openapi")
public interface OpenApiConfig {

    /** How soon to ask again while a service has not given its document yet, e.g. because it starts later. */
    @WithDefault("30s")
    Duration retryInterval();

    /** How soon to ask again once every service has given its document, to pick up a redeployed service's changes. */
    @WithDefault("10m")
    Duration refreshInterval();

    /** How long one service may take to give its document. */
    @WithDefault("5s")
    Duration fetchTimeout();

    /**
     * The one server of the merged document. The default {@code /} means the host that served the document, which
     * is this gateway; behind a proxy with a path prefix, set the public URL.
     */
    @WithDefault("/")
    String serverUrl();
}
