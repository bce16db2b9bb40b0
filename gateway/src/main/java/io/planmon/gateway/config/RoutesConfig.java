package io.planmon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Where each upstream service lives and how long the gateway waits for it ({@code planmon.routes.*}). */
@ConfigMapping(prefix = "planmon.routes")
public interface RoutesConfig {

    Route indicators();

    Route tasks();

    Route notifications();

    /** One upstream service. */
    interface Route {

        /**
         * Base URLs of the service's instances, comma-separated, e.g. {@code http://localhost:8081}; a path in one
         * prefixes every forwarded path. With several, requests take them in turn ({@code UpstreamInstances}).
         */
        List<URI> url();

        /** How long the upstream may take to start its answer (status line and headers). */
        @WithDefault("30s")
        Duration timeout();

        /** Open connections kept to the upstream; long-lived event streams each hold one. */
        @WithDefault("100")
        int maxConnections();
    }
}
